{#- Person-name folding, the rules person resolution relies on (int_persons_resolved).

    1. honorifics at the start are dropped: Hon., H.E., His/Her Excellency, Mr., Mrs., Ms.,
       Dr., Prof., Comrade, Lord, Sir, Samdech (Techo). "He" without dots is NOT an honorific
       (it is a Chinese surname: He Lifeng).
    2. accents stripped (Vučić = Vucic), lower case, hyphens/dashes/slashes become spaces
       (Kim Jong-un = Kim Jong Un; but Jin-ping ≠ Jinping), every other non-alphanumeric
       character is removed (O'Neill = ONeill, dots of initials).
    3. per token, transliteration endings: -ii and -iy → -i (Slutskiy = Slutski), -ey/-ay →
       -ei/-ai (Sergey = Sergei, Nikolay = Nikolai), consonant + y → consonant + i on tokens
       of 4+ letters (Slutsky = Slutski, Dmitry = Dmitri). Pinyin never ends in consonant+y,
       so Chinese names are untouched. kh/h is NOT folded (Khan ≠ Han).
    4. on names of 3+ tokens, Russian-style patronymics (-ovich, -evich, -ovna, -evna, -ichna)
       are dropped.
    5. the tokens are sorted, so surname-first forms equal given-name-first forms
       (Davankov Vladislav Andreyevich = Vladislav Davankov).
-#}

{% macro strip_honorifics(expr) -%}
trim(regexp_replace(trim({{ expr }}),
    '^((hon|h\.\s*e|his excellency|her excellency|excellency|mr|mrs|ms|dr|prof|comrade|lord|sir|samdech(\s+techo)?)\.?\s+)+',
    '', 'i'))
{%- endmacro %}

{#- Folded tokens (rules 2-3) of a name whose honorifics are already stripped, as varchar[]
    in written order. Models compute this once per row in a CTE (the regexes are the cost). -#}
{% macro fold_name_tokens(expr) -%}
list_transform(
    list_filter(
        string_split(trim(regexp_replace(regexp_replace(regexp_replace(
            lower(strip_accents({{ expr }})),
            '[-‐‑–—_/]', ' ', 'g'), '[^a-z0-9 ]', '', 'g'), '\s+', ' ', 'g')), ' '),
        lambda token: token <> ''),
    lambda token: case
        when length(token) >= 4 then regexp_replace(regexp_replace(regexp_replace(token,
            '(ii|iy)$', 'i'), '([ae])y$', '\1i'), '([b-df-hj-np-tv-xz])y$', '\1i')
        else regexp_replace(regexp_replace(token, '(ii|iy)$', 'i'), '([ae])y$', '\1i')
    end)
{%- endmacro %}

{#- Folded tokens (rules 1-3) of a name as written. -#}
{% macro person_name_tokens(expr) -%}
{{ fold_name_tokens(strip_honorifics(expr)) }}
{%- endmacro %}

{#- The comparison key (rules 4-5) from folded tokens (a column, so it is not re-evaluated):
    sorted tokens without patronymics, space-joined. -#}
{% macro name_key_from_tokens(tokens) -%}
array_to_string(list_sort(
    case when len({{ tokens }}) >= 3
        then list_filter({{ tokens }}, lambda token: not regexp_matches(token, '(ovich|evich|ovna|evna|ichna)$'))
        else {{ tokens }}
    end), ' ')
{%- endmacro %}
