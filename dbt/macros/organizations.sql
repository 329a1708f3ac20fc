{#- Organization identity: an organization is its folded name (accents, case, a leading
    "the", a trailing "(ACRONYM)" and punctuation removed), so "the Communist Party of
    China (CPC)" and "Communist Party of China" are one org_key. -#}
{% macro organization_name_key(expr) -%}
nullif(trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(strip_accents(trim({{ expr }}))),
    '\s*\([^)]*\)\s*$', ''), '^the\s+', ''), '[^a-z0-9 ]', ' ', 'g'), '\s+', ' ', 'g')), '')
{%- endmacro %}

{#- The acronym written as a trailing "(ABC)", else null. -#}
{% macro organization_acronym(expr) -%}
nullif(regexp_extract(trim({{ expr }}), '\(([A-Z][A-Za-z0-9&.\-]{1,15})\)$', 1), '')
{%- endmacro %}

{#- Sector by keyword rules, first match wins, in this order:
    international_organization → media → think_tank → party → legislature → government →
    other. Order matters: "Xinhua News Agency" is media before government, a "Party School
    institute" is a think tank, "African National Congress" is a party (congress + a known
    party name) while "National Congress of Brazil" is a legislature. -#}
{% macro organization_sector(expr) -%}
case
    when regexp_matches(lower({{ expr }}),
        '\b(united nations|un|unesco|unicef|who|wto|imf|world bank|sco|shanghai cooperation organi[sz]ation|brics|asean|african union|au|european union|eu|g20|apec|nato|opec|league of arab states|arab league|gulf cooperation council|commonwealth of independent states|cis|caricom|celac|mercosur|ecowas|sadc|organi[sz]ation of american states|oas|international organization|inter-parliamentary union|ipu)\b')
        then 'international_organization'
    when regexp_matches(lower({{ expr }}),
        '\b(news|times|television|tv|radio|agency|press|daily|newspaper|media|broadcasting|xinhua|post|journal|gazette)\b')
        then 'media'
    when regexp_matches(lower({{ expr }}),
        '\b(institute|think tank|academy|university|college|center for|centre for|foundation|research)\b')
        then 'think_tank'
    when regexp_matches(lower({{ expr }}),
        '\b(party|parties|front|movement|league|cpc|communist|central committee|politburo|political bureau|african national congress|indian national congress|nepali congress|all progressives congress|zanu|swapo|frelimo|mpla|anc|komeito|united russia)\b')
        then 'party'
    when regexp_matches(lower({{ expr }}),
        '\b(parliament|parliamentary|duma|assembly|senate|congress|npc|national people''s congress|legislature|legislative|chamber of deputies|house of representatives|house of commons|house of lords|majlis|knesset|bundestag|diet|federation council|cppcc|political consultative conference)\b')
        then 'legislature'
    when regexp_matches(lower({{ expr }}),
        '\b(ministry|minister|government|state council|embassy|president|presidential|prime minister|cabinet|department|office|council|administration|commission|consulate|mission|kingdom|republic|state)\b')
        then 'government'
    else 'other'
end
{%- endmacro %}

{#- Mention normalization: lower case, accents stripped, a parenthesised acronym and a
    leading "the" removed, spaces collapsed ("the Shanghai Cooperation Organization (SCO)" =
    "Shanghai Cooperation Organization"). -#}
{% macro mention_normalized(expr) -%}
trim(regexp_replace(regexp_replace(regexp_replace(
    lower(strip_accents(trim({{ expr }}))), '\s*\([^)]*\)', '', 'g'), '^the\s+', ''), '\s+', ' ', 'g'))
{%- endmacro %}
