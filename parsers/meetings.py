"""Meetings: event sentences → who met whom (principals, counterparts, delegation).

An event sentence is "SUBJECT <verb> [here today | in Beijing | at Zhongnanhai | at request] with
OBJECT": the subject side are the principals (whoever is the grammatical subject, foreign or
Chinese), the object side the counterparts. "met respectively/separately with A; B; C" and
"during meetings with A, B and C" are one meeting per counterpart. A delegation "led by"/"headed
by" someone makes that person the counterpart and keeps the phrase up to the leader's name as
`counterpart_delegation`; a delegation without a leader in the sentence takes the leader from a
later "The delegation is led by ..." sentence.

Other shapes of the same report: the passive ("X was received by Y": Y is the principal), a wire
lead that tells the meeting around the speaker ("Meeting with X on Monday, Wang Yi said ...",
"Wang told X during talks that ..."), and two delegations each "led by" someone in one sentence
(a meeting with each).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import people as P
from .fastre import is_plain, search_at_word_start

Person = dict[str, Any]

# (a day between a meeting's noun and "with": "during his meeting Monday morning with", "during a telephone
# conversation on Sunday night with")
_DAY_BEFORE_WITH = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
                    r"(?:\s+(?:morning|afternoon|evening|night))?)?")
_VERB = re.compile(
    r"\b(?P<verb>"
    r"(?:met|meets|meet)(?:\s+(?:separately|respectively|jointly|and\s+exchanged\s+views))*"
    # (a headline's capitals copied into the body: "On July 10, Ambassador X Met with Y")
    r"|(?:Met|Meets)(?=\s+with\s+[A-Z])"
    r"|(?:conferred|confers)(?=\s+with\b)"  # ("Premier X conferred with Swedish Deputy PM Y")
    # ("X visited Serbia from Aug. 12 to 14, meeting with President A and holding talks with Prime Minister B")
    r"|(?:(?<=, )|(?<= and ))(?:meeting|holding\s+talks)(?=\s+with\b)"
    r"|(?:held|holds|hold|had|has|have|conducted|set\s+up|sets\s+up|convened|arranged)\s+(?:a\s+|an\s+|(?:the|their)\s+(?:second\s+|first\s+|third\s+)?)?"
    # "held the third China-Norway political consultation": after a country pair, any kind of it
    r"(?:[A-Z][\w.]*(?:-[A-Z][\w.]*)+\s+(?:[a-z][\w-]*\s+(?:and\s+)?){0,3}(?=(?:consultations?|dialogue)\b))?"
    r"(?:(?:working|telephone|phone|video|webinar|official|in-depth|group|collective|bilateral|virtual|online|cloud|"
    r"separate|strategic|high-level|diplomatic|political|consular|annual|formal|informal|friendly|cordial|frank|"
    r"farewell|courtesy|introductory|closed-door|private|"
    r"candid|fruitful|productive|extensive|brief|trilateral|multilateral|inter-party|party-to-party|security|"
    r"economic|trade|maritime|border|joint|regular|ministerial|[a-z]+(?:-[a-z]+)+|\d+-(?:minute|hour)(?:-long)?),?\s+(?:and\s+)?)*"
    r"(?:talks?|calls?|conversations?|consultations?|meetings?|discussions?|dialogue|exchanges?|conferences?|"
    r"symposiums?|seminars?|workshops?|round-?tables?|lunch|luncheon|dinner|breakfast|sessions?"
    # ("the Crown Prince on Saturday had an audience with Chinese ambassador X")
    r"|(?<=an\s)audience(?=\s+with\b))"
    # a mechanism named in full between "the" and its kind: "held the Vice Foreign
    # Minister-Foreign Secretary dialogue with", "held the 10th round of China-India consultations with"
    r"|(?:held|holds|hold|conducted)\s+the\s+(?:[\w'.-]+\s+){1,8}?(?:dialogue|consultations?|talks|meeting)(?=\s+with\b)"
    # "A and B held the fifteenth round of the Sino-Russian consular consultations in Beijing": both the subject
    r"|(?:held|holds|hold|conducted)\s+(?:the|a|their)\s+(?:[\w-]+\s+)?round\s+of\s+(?:the\s+)?(?:[\w'.-]+\s+){0,5}?"
    r"(?:dialogue|consultations?|talks|meeting)\b"
    # "A and B held in Ottawa, capital of Canada, the 1st annual meeting between ...": the place first
    r"|(?:held|holds|hold)\s+in\s+[A-Z][^,;]{2,40},(?:\s+[^,;]{2,40},)?\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|talks|consultations?|dialogue)\b"
    # "President Xi Jinping and President X held China-US Presidents' Meeting at ...": a named meeting
    r"|(?:held|holds|hold)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:Meeting|Talks|Dialogue|Consultations?)\b"
    # ... or a subject of its own without "the": "held foreign policy planning consultation with"
    r"|(?:held|holds|hold|conducted)\s+(?:[a-z][\w'-]*\s+){1,7}?(?:dialogue|consultations?|talks)(?=\s+with\b)"
    r"|(?:co-)?chaired\s+the\s+\w+"
    # "X called on and was hosted to lunch by Y": one meeting with Y
    r"|(?:called|calls)\s+(?:up)?on(?:\s+and\s+was\s+hosted\s+to\s+(?:a\s+)?(?:lunch|dinner|breakfast)\s+by)?"
    # an ambassador's copy of credentials: "received a copy of credentials from X", "presented a copy of his credentials to Y"
    r"|(?:received|receives)\s+(?:a\s+|the\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?credentials\s+from"
    r"|(?:presented|presents)\s+(?:a\s+|the\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?credentials\s+to"
    # "President X has received the credentials of the new Chinese Ambassador Mr Y"
    r"|(?:received|receives)\s+(?:the\s+)?(?:letters?\s+of\s+credence|credentials?)\s+(?:of|from|presented\s+by)"
    # "President X accepted credentials presented by thirteen newly-appointed Ambassadors"
    r"|(?:accepted|accepts)\s+(?:the\s+)?(?:letters?\s+of\s+credence|credentials)\s+(?:presented\s+by|of|from)"
    r"|(?:presented|presents)\s+(?:his\s+|her\s+|their\s+)?credentials\s+to"
    r"|(?:presented|presents)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:cop(?:y|ies)\s+of\s+(?:the\s+|his\s+|her\s+)?)?"
    r"letters?\s+of\s+(?:credence|credentials)\s+to"
    # "Premier X took a phone call from Prime Minister Y": the call of Y's, X its principal as written
    r"|(?:took|takes|received|receives|answered|answers)\s+(?:a\s+|the\s+)?(?:phone|telephone|video)\s+call\s+from"
    # "Defense Minister X contacted Dr. Y, US Secretary of Defense, through telephone": a phone call
    r"|contacted(?=\s+[^;]{3,200}?\s+(?:through|by|via|over)\s+(?:the\s+)?(?:tele)?phone\b)"
    # ("Prime Minister X telephones Chinese President Y and discussed ...": a phone call)
    r"|(?:telephoned|telephones|phoned)(?=\s+(?:his\s+|her\s+)?[A-Z])"
    # "Consul General X bid farewell to Minister Y": a farewell call
    r"|(?:bid|bids|bade)\s+(?:a\s+)?farewell(?:\s+call)?\s+to"
    # embassy reports: "paid a courtesy/farewell call on", "received a courtesy visit from"
    r"|(?:paid|pays|made|makes|paying|making|had|has)\s+(?:a\s+|an\s+)?(?:separate\s+)?(?:courtesy\s+|farewell\s+|introductory\s+|official\s+)?"
    r"calls?\s+(?:respectively\s+|separately\s+)?(?:on|upon|to)"
    # "The Chinese Ambassador, X, called Speaker Y": a call paid on an office-holder
    r"|called(?=\s+(?:on\s+)?(?:the\s+)?(?:Speaker|President|Prime\s+Minister|Vice\s+President|Deputy\s+Prime\s+Minister|"
    r"Governor|Mayor|Chief\s+Minister)\s+[A-Z])"
    # "Foreign Minister X called Chinese State Councilor and Foreign Minister Y today": a phone call
    r"|called(?=\s+(?:his\s+|her\s+)?[A-Z][a-z]+\s+(?:State\s+Councilou?r|Foreign\s+Minister|Prime\s+Minister|President|"
    r"Vice\s+President|Premier|Vice\s+Premier|Secretary\s+of\s+State|Chancellor)\b"
    # ("Vice Premier X on Tuesday called U.S. Treasury Secretary Y and Trade Representative Z")
    r"|\s+(?:U\.S\.|U\.K\.|US|UK|EU|UN)\s+(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|Minister|Representative|President|Chancellor|Commissioner)\s+[A-Z])"
    r"|(?:paid|pays|paying|made|makes|making)\s+(?:a\s+)?(?:courtesy|farewell)\s+visit\s+(?:to|on)"
    # "Ambassador X paid a visit to Hon. Y, Minister for ...": a visit paid to a person, not a place
    r"|(?:paid|pays|paying)\s+a\s+visit\s+to(?=\s+(?:(?:Hon\.?|Honou?rable|H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Mr\.?|Mrs\.?|"
    r"Ms\.?|Dr\.?)\s"
    # (or an office and its holder's name: "paid a visit to President X", "... to President of Nepali Congress X")
    r"|(?:the\s+)?(?:Speaker|President|Prime\s+Minister|Minister|Governor|Mayor|Chief\s+Minister)\s+"
    r"(?:of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}\s+(?=[A-Z][a-z]+\s+[A-Z]))?[A-Z][a-z]+\s+[A-Z]))"
    # "The new Ambassador X has introduced himself to Prime Minister Y": a first call
    r"|(?:introduced|introduces)\s+(?:himself|herself)\s+to"
    # "Foreign Minister X hosted the Ambassador of China, Y": a host receiving an office-holder
    r"|(?:hosted|hosts)(?=\s+(?:the\s+)?(?:visiting\s+|new\s+|outgoing\s+|newly\s+appointed\s+)?(?:Chinese\s+|China['’]s\s+)?(?:Ambassador|President|"
    r"Prime\s+Minister|Foreign\s+Minister|Speaker|Governor|Vice\s+President|Premier|Special\s+Envoy)\b)"
    # "President X welcomed the new Chinese Ambassador to Serbia, Y": an ambassador's first call
    # ("welcomed the new People's Republic of China Ambassador to ..., His Excellency Y")
    r"|(?:welcomed|welcomes)(?=\s+(?:the\s+)?(?:visiting\s+|new\s+|newly[\s-]appointed\s+|incoming\s+)?"
    r"(?:[A-Z][a-z]+(?:['’]s)?\s+(?:of\s+)?){0,4}(?:Ambassador|Minister[\s-]Counsell?or|Consul[\s-]General|Charg[ée]\s+d['’]Affaires"
    r"|Envoy)\b(?!['’]s))"
    # ("Prime Minister X welcomed Y, the newly appointed ambassador of ...": the name first)
    r"|(?:welcomed|welcomes)(?=\s+(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),\s+(?:the\s+)?(?:new\s+|newly[\s-]appointed\s+|incoming\s+)"
    r"(?:[A-Z][a-z]+\s+)?ambassador\b)"
    # ... and in the passive: "President X was paid a courtesy call by Y"
    r"|paid\s+(?:a\s+|an\s+)?(?:courtesy\s+|farewell\s+|introductory\s+)?(?:call|visit)(?=\s+by\b)"
    # (with the time and place between: "received here this morning a courtesy call from")
    r"|(?:received|receives)\s+(?:(?:here|today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+){0,2}"
    r"(?:a\s+|an\s+|the\s+)?(?:courtesy\s+|farewell\s+|inaugural\s+|introductory\s+)?(?:visit|call)\s+"
    # ("received a courtesy call on Wednesday from China's Ambassador X")
    r"(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\s+)?(?:from|of)"
    # "Li told visiting Fijian Prime Minister Y that ...": Xinhua's way of telling a meeting with a guest
    r"|told(?=\s+(?:the\s+)?visiting\s+[A-Z])"
    # ("Vice-Premier X told a youth delegation from Russia Friday he hoped ...": a meeting with the delegation)
    r"|told(?=\s+a\s+(?:visiting\s+)?(?:[\w-]+\s+){0,3}?delegation\b)"
    # ("X, head of the delegation, told President of the House of Representatives Y that ...": an office and
    # a name, all in capitals, then what was told)
    r"|told(?=\s+(?-i:(?:his\s+|her\s+)?[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|the|and|for)){2,14}\s+that\b))"
    # ("..., X told Y, chairman of ..., over phone": a call)
    r"|told(?=\s+(?:his\s+|her\s+)?[A-Z][^;]{3,160}?,?\s+(?:on|by|over)\s+(?:the\s+)?(?:tele)?phone\b)"
    # "X talked to US President Y on the phone": a call, its object straight after "to"
    r"|(?:talked|spoke|talks|speaks)\s+to(?=\s+(?:his\s+|her\s+)?[A-Z][^.;]{3,120}?\s+(?:on|by|over)\s+(?:the\s+)?(?:tele)?phone\b)"
    r"|exchanged\s+(?:views|ideas|opinions)|exchanges\s+views|(?<=will\s)exchange\s+views(?=\s+with\b)|discussed|talked|(?:spoke|speaks|talked|talks)\s+(?:by|on|over)\s+(?:the\s+)?(?:phone|telephone)"
    r"|(?:spoke|speaks)(?=\s+(?:(?:today|yesterday|again|separately)\s+)?with\b)"
    r"|received|receives|receive"
    # ("The delegation was welcomed by Deputy Prime Minister X": the passive of a reception)
    r"|(?:welcomed|greeted)(?=\s+by\s+[A-Z])"
    # "X and his U.S. counterpart Y started talks Thursday morning"
    r"|(?:started|starts|began|begins|opened|opens)\s+(?:their\s+|the\s+)?(?:(?:first|second|third|new|formal|official)\s+)?"
    r"(?:round\s+of\s+)?talks"
    # "Consul General X visited West Bengal Speaker Mr Y": a visit to a person is a call on him
    r"|visited(?=\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}(?:Mr|Ms|Mrs|Dr|H\.E|Speaker|President|Prime|Governor|Mayor|"
    r"Chairman|Chief|King|Queen)\b)"
    # "Li Xi ... visited Thongloun Sisoulith, general secretary of the LPRP Central Committee": a person visited
    r"|visited(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2},\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:general\s+secretary|president|"
    r"member|chairman|chairwoman|leader|head|minister|prime\s+minister|king|queen|speaker|secretary)\b)"
    # "General Secretary X hosted a reception for a delegation of ...": a host receiving visitors
    r"|(?:hosted|hosts)\s+(?:a\s+)?reception(?:\s+in\s+[A-Z][a-z]+)?(?:\s+on\s+[A-Z][a-z]+\s+\d{1,2})?\s+for"
    # "A and B jointly hosted a diplomatic strategic dialogue": both in the subject
    r"|(?:jointly\s+)?(?:hosted|co-hosted|co-chaired)\s+(?:a|the)\s+(?:[\w-]+\s+){0,4}?(?:dialogue|consultations?)\b"
    # (a trigger word starts every match, so "co-" is looked behind; first "Vice Premier X will co-host the
    # chairmen's meeting of the Commission via video link, together with Y", then "X co-chairs a session of
    # the Commission with Y")
    r"|(?<=co-)(?:hosted|chaired|chairs|chair|hosts|host)\s+(?:a|the)\s+[^,;.]{3,200}?,?\s+together\s+with"
    r"|(?<=co-)(?:hosted|chaired|chairs|chair|hosts|host)\s+(?:a|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:dialogue|consultations?|session|meeting|talks)\b(?:\s+of\s+the\s+[^,;.]{3,160}?(?=\s+with\b))?"
    # ("Wang made the remarks when he co-chaired with Russian Deputy Prime Minister Y a session of ...")
    r"|(?<=co-)(?:hosted|chaired)(?=\s+with\s+[A-Z])"
    # "X hosted visiting Algerian President, Y, for bilateral talks"
    r"|(?:hosted|hosts)(?=\s+(?:the\s+)?(?:visiting\s+)?[A-Z][^.;]{3,120}?,?\s+for\s+(?:bilateral\s+|official\s+|formal\s+)?"
    r"(?:talks|a\s+meeting|lunch|dinner|a\s+luncheon|a\s+banquet)\b)"
    r"|(?:during|in|at)\s+(?:his\s+|her\s+|the\s+|their\s+)?(?:respective\s+|separate\s+)?meetings?"
    # ("during his meeting Monday morning with X")
    r"(?=" + _DAY_BEFORE_WITH + r"\s+with\b)"
    # "Yang made the remarks in a phone conversation with US Secretary of State X" ("... conversation on
    # Sunday night with X")
    r"|(?:during|in)\s+(?:a\s+|his\s+|her\s+|the\s+|their\s+)(?:(?:tele)?phone\s+|video\s+)?(?:conversation|call|talks)"
    r"(?=" + _DAY_BEFORE_WITH + r"\s+with\b)"
    # ("Wang made the remarks during talks with Kazakh Foreign Minister Y": no article before "talks")
    r"|(?<=\s)(?:during|in)\s+talks(?=\s+with\b)"
    # ("X elaborated on China's position in phone conversations with A, B and C")
    r"|(?:during|in)\s+(?:separate\s+)?(?:(?:tele)?phone|video)\s+(?:conversations|calls|talks)(?=\s+with\b)"
    # "Wang made the remarks ..., following his meeting with X"
    r"|(?:following|after)\s+(?:his\s+|her\s+|the\s+|their\s+)meetings?(?=\s+with\b)"
    # ("She made the remarks in Kampala on Monday after meeting an eight-man delegation led by X")
    r"|(?<=\s)after\s+meeting(?=\s+(?:a|an|the|visiting)\s)"
    # "X made the remarks when meeting with Y", "X said during a meeting with Y"
    r"|(?:when|while|upon)\s+meeting(?=\s+with\b)|(?:during|at|in)\s+a\s+(?:courtesy\s+|bilateral\s+|separate\s+|private\s+|working\s+)?meeting(?=\s+with\b)"
    # "X made the remarks while meeting visiting KMT Chairman Y": the object straight after
    r"|(?:when|while|upon)\s+meeting(?=\s+(?:visiting\s+|the\s+visiting\s+)?[A-Z])"
    # "He made the remarks while talking to his Ukrainian counterpart, X, over phone"
    r"|(?:when|while)\s+(?:talking|speaking)\s+(?:to|with)(?=\s+(?:his\s+|her\s+|the\s+)?[A-Z][^.;]{3,160}?\s+(?:on|by|over)\s+"
    r"(?:the\s+)?(?:tele)?phone\b)"
    # "... stance while receiving a courtesy call from visiting X"
    r"|(?:when|while|upon)\s+receiving\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+from"
    # ("Zhao made the statement in Beijing while receiving X, Politburo member of ...")
    r"|(?:when|while|upon)\s+receiving(?=\s+(?:visiting\s+|the\s+visiting\s+)?[A-Z])"
    # (with the place between: "during a meeting in Anji of Zhejiang with Y")
    r"|(?:during|at)\s+a\s+meeting\s+in\s+[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}(?=\s+with\b)"
    # "Governor X got together with China Ambassador in Mexico, Y"
    r"|(?:got|gets)\s+together(?=\s+with\b)"
    # "X engaged in discussions with Y", "X participated in a collective meeting with Y"
    r"|(?:engaged|engages)\s+in\s+(?:[a-z-]+\s+){0,2}?(?:discussions?|talks|dialogue|consultations?)(?=\s+with\b)"
    r"|(?:participated|participates|took\s+part)\s+in\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|discussions?)(?=\s+with\b)"
    r")\b",
    re.IGNORECASE,
)
_DIRECT_OBJECT = re.compile(r"^(?:called|calls|paid|pays|made|makes|paying|making|received|receives|receive|presented|presents|hosted|hosts|bid|bids|bade|"
                            r"accepted|accepts|contacted|telephoned|telephones|phoned|"
                            r"introduced|introduces|told|welcomed|welcomes|(?:when|while)\s+(?:talking|speaking)\s+(?:to|with)$|"
                            r"visited)\b|^(?:met|meets|meet)$|^(?:when|while|upon)\s+(?:meeting|receiving)$|^(?:talked|spoke|talks|speaks)\s+to$|^.*\stogether\s+with$", re.I)
_WITH = re.compile(r"\bwith\s+")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# Where an object phrase ends: the earliest match of any of these. Each pattern comes with words
# one of which it cannot match without (case-sensitive, like the patterns), so most are never
# run: a pattern opening with \s+ costs Python's re a try at every position of the phrase.
_OBJECT_ENDS: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    (("wh",), re.compile(r",?\s+(?:(?:with|to|for|from)\s+)?(?:who|whom|which|where)\s+")),
    (("Beijing", "Great", "Zhongnanhai", "Diaoyutai", "Ziguangge", "Yingtai"),
     re.compile(r"\s+(?:in|at)\s+(?:Beijing|the\s+Great\s+Hall|Zhongnanhai|Diaoyutai|Ziguangge|Yingtai)\b")),
    ((",",), re.compile(r",\s+(?:exchanging|urging|saying|noting|and\s+the\s+two|during\s+which|following\s+which|as\s+(?:he|she|they|part)"
                        # ("met President A, held talks with Prime Minister B, and co-chaired ...": the next verb)
                        r"|held\s+talks|co-chaired|met\s+with)\b"
                        r"|,\s+in\s+(?:the\s+)?[a-z]"
                        # ", in Tunxi, east China's Anhui Province": the place of the meeting
                        r"|,\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s")),
    (("day", "morning", "afternoon", "evening", "sidelines"),
     re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:morning|afternoon|evening|sidelines|same\s+day))\b"
                # ("met with X in Quito last Friday")
                r"|\s+(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    (("request", "here", "today", "this", "yesterday"),
     re.compile(r"\s+(?:at\s+(?:the\s+latter's\s+|his\s+|her\s+)?request|upon\s+request|here\b|today\b|yesterday\b|"
                r"this\s+(?:morning|afternoon|evening))")),
    (("in",), re.compile(r"\s+in\s+[A-Z][a-z]+(?:,\s+capital\s+of\s+\w+)?\s+on\s+|\s+in\s+[A-Z][a-z]+\s*$|,\s+in\s+[A-Z][a-z]+[\s.;]*$"
                         # ("received X in Hamhung, South Hamgyong Province": a town and its province)
                         r"|\s+in\s+[A-Z][a-z]+,\s+(?:[A-Z][a-z]+\s+){1,2}(?:Province|Prefecture|Region|State|County)[\s.;]*$")),
    # "via videolink", "by video link", "over the phone": how, not who
    (("video", "phone", "conference"),
     re.compile(r"\s+(?:via|by|through|over)\s+(?:a\s+|the\s+)?(?:video|tele(?:phone|conference)|phone)")),
    # "..., at his office", "..., at the Ministry", "..., at Temple Trees": the place of the meeting
    ((", at",), re.compile(r",\s+at\s+(?:(?:his|her|their|the)\s+|[A-Z]|[a-z]+\s+(?:house|hall|office|headquarters|building|palace)\b)")),
    # "... Zhou Pingjian in his office in Abuja": where, not who
    (("office", "residence"), re.compile(r"\s+(?:in|at)\s+(?:his|her|their|the\s+latter's)\s+(?:private\s+|official\s+)?(?:office|residence)\b")),
    # "hosted visiting President X for bilateral talks": what for, not who
    # ("received Chinese Ambassador X for a courtesy visit marked by ...")
    (("for",), re.compile(r",?\s+for\s+(?:bilateral\s+|official\s+|formal\s+)?(?:talks|a\s+meeting|lunch|dinner|a\s+luncheon|a\s+banquet"
                          r"|an?\s+(?:courtesy|farewell|introductory|official)\s+(?:visit|call))\b")),
    # "..., on 10 May", "... on May 10": its date
    (("on",), re.compile(rf",?\s+on\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\.?\s+\d{{1,2}})\b")),
    # ("paid a courtesy call on Prime Minister X to convey greetings from President Y": what for)
    (("discuss", "exchange", "talk", "debate", "review", "convey", "deliver", "bid farewell"),
     re.compile(r"\s+to\s+(?:discuss|exchange|talk|debate|review|convey|deliver|bid\s+farewell)\b")),
    (("bilateral", "China-", "relations", "issues", "ties"),
     re.compile(r"\s+(?:on|about)\s+(?:bilateral|China-|relations|issues|ties)")),
    # "... with X on tensions on the Korean Peninsula", "... on the situation in ...": what about
    # ("held talks with Fijian leaders on the cooperative partnership between ...": what about)
    (("on ",), re.compile(r"\s+on\s+(?:(?!behalf\b|the\b|his\b|her\b|its\b|their\b)[a-z]{3,}\b|the\s+(?:situation|issues?|crisis|question|latest|current"
                          r"|cooperati\w+|partnership|relationship|relations|ties|development|promotion|matters?)\b)")),
    (("exchanged", "discussed", "held", "had", "talked", "briefed", "signed", "attended", "witnessed", "agreed", "met",
      "thanked", "expressed", "praised", "congratulated", "conveyed", "invited", "presented", "handed", "gave", "delivered",
      "toured", "extended", "sides", "visited", "led", "holding", "meeting", "said"),
     # ("had a phone call with Ms. X and extended his warm regards", "met with Deputy Prime Minister X and
     # the two sides exchanged views": the next clause, not a second person)
     re.compile(r",?\s+and\s+(?:exchanged|discussed|held|had|talked|briefed|signed|attended|witnessed|agreed|met|"
                r"thanked|expressed|praised|congratulated|conveyed|invited|presented|handed|gave|delivered|toured|extended|"
                r"visited|led(?!\s+by\b)|holding\s+talks|meeting\s+with|(?:the\s+two|both)\s+sides|said)\b")),
    (("from",), re.compile(r"\s+from\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")),
    # "met with X, leader of Y, and his delegation": the entourage is no office of X's.
    (("his", "her", "their"), re.compile(r",?\s+and\s+(?:his|her|their)\s+(?:\w+\s+)?(?:delegation|entourage|party|(?:embassy\s+)?(?:members|staff|colleagues))\b")),
    (("respectively",), re.compile(r",?\s+respectively\b")),
    # "co-chaired with Deputy Prime Minister X a session of the Commission": what was chaired
    (("a ",), re.compile(r"(?<=[a-z])\s+a\s+(?:[\w-]+\s+){0,2}?(?:session|meeting)\s+of\s+the\b")),
    # "met with X at the Imperial Palace Tuesday": where, not who
    (("Palace", "Guesthouse", "Guest House", "State House", "Hall", "headquarters", "Headquarters"),
     # ("... Admiral X at Naval Headquarters Islamabad on 18 May": no article either)
     re.compile(r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:Palace|Guesthouse|Guest\s+House|House|Hall|[Hh]eadquarters)\b")),
    # ("... the Ambassador of China in Sri Lanka, Y at the Ministry on 18 March": where, not an office's body)
    (("Ministry", "Embassy", "Consulate", "Office"),
     re.compile(r"\s+at\s+the\s+(?:Foreign\s+)?(?:Ministry|Embassy|Consulate(?:\s+General)?|President's\s+Office"
                r"|Office\s+of\s+the\s+(?:President|Prime\s+Minister|Vice\s+President|Speaker))"
                             r"(?=\s+on\b|\s*[,.;]|\s*$|\s+(?:today|yesterday|this)\b)")),
    # ("met with agricultural officials at a farm near the capital Buenos Aires": a place, no person)
    # (but "cadres at a workshop on ... led by X" goes on to its leader)
    (("at a ",), re.compile(r"\s+at\s+a\s+(?=[a-z])(?!.*\b(?:led|headed)\s+by\b)")),
    # ("called on the Governor of X at Raj Bhavan, Mumbai": an Indian state's or president's house)
    (("Bhavan",), re.compile(r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,2}Bhavan\b")),
    # ("met with X, CEO of Y, Consul Z was present": the clause of who else was there)
    (("present",), re.compile(r",\s+(?=[^,;]{0,80}?\s(?:was|were)\s+(?:also\s+)?present\b)")),
    # ("met with MP X at his residence, accompanied by Consul Y": who came with the subject, not whom he met)
    (("accompanied",), re.compile(r",\s+accompanied\s+by\b")),
    # ("... Xie Xiaoyung — as informed by the Ministry's press service": a clause after a dash)
    (("—",), re.compile(r"\s*—\s*(?=[a-z])")),
    # ("A met with B and Vice Foreign Minister C held talks with D": the next clause, with its own subject)
    (("held", "met"), re.compile(r"\s+and\s+(?=(?:[A-Z][\w.'-]*\s+){2,8}(?:held|met)\s)")),
    ((".", ";", ":"), re.compile(r"[.;:]\s*$")),
]
# The same ends for plain text (fastre.is_plain), where \s+ is one space: every pattern opens with
# a literal that re skips to, and the words each needs are spaced and so rarer. A pattern opening
# with ",?\s+" is searched from its space and its start moved onto a comma just before it (the
# leftmost match either way). The last pattern, [.;:]\s*$, is a test of the phrase's end.
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_OBJECT_ENDS_PLAIN: list[tuple[tuple[str, ...], re.Pattern[str], bool]] = [
    ((" wh",), re.compile(r" (?:(?:with|to|for|from) )?(?:who|whom|which|where) "), True),
    ((" Beijing", " the Great Hall", " Zhongnanhai", " Diaoyutai", " Ziguangge", " Yingtai"),
     re.compile(r" (?:in|at) (?:Beijing|the Great Hall|Zhongnanhai|Diaoyutai|Ziguangge|Yingtai)\b"), False),
    ((", ",), re.compile(r", (?:exchanging|urging|saying|noting|and the two|during which|following which|as (?:he|she|they|part)"
                         r"|held talks|co-chaired|met with)\b"
                         r"|, in (?:the )?[a-z]|, in [A-Z][\w-]*(?: [A-Z][\w-]*)?, "), False),
    (("day", " on the "),
     re.compile(rf" on (?:{_DAYS}|the (?:morning|afternoon|evening|sidelines|same day))\b| (?:(?:last|this|next) )?(?:{_DAYS})\b"), False),
    ((" at ", " upon ", " here", " today", " this ", " yesterday"),
     re.compile(r" (?:at (?:the latter's |his |her )?request|upon request|here\b|today\b|yesterday\b|this (?:morning|afternoon|evening))"),
     False),
    ((" in ",), re.compile(r" in [A-Z][a-z]+(?:, capital of \w+)? on | in [A-Z][a-z]+ ?$|, in [A-Z][a-z]+[ .;]*$"
                           r"| in [A-Z][a-z]+, (?:[A-Z][a-z]+ ){1,2}(?:Province|Prefecture|Region|State|County)[ .;]*$"), False),
    ((" via ", " by ", " through ", " over "),
     re.compile(r" (?:via|by|through|over) (?:a |the )?(?:video|tele(?:phone|conference)|phone)"), False),
    ((", at ",), re.compile(r", at (?:(?:his|her|their|the) |[A-Z]|[a-z]+ (?:house|hall|office|headquarters|building|palace)\b)"), False),
    ((" office", " residence"), re.compile(r" (?:in|at) (?:his|her|their|the latter's) (?:private |official )?(?:office|residence)\b"), False),
    ((" for ",), re.compile(r",? for (?:bilateral |official |formal )?(?:talks|a meeting|lunch|dinner|a luncheon|a banquet"
                            r"|an? (?:courtesy|farewell|introductory|official) (?:visit|call))\b"),
     True),
    ((" on ",), re.compile(rf" on (?:(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|{_MONTH}\.? \d{{1,2}})\b"), True),
    ((" to discuss", " to exchange", " to talk", " to debate", " to review", " to convey", " to deliver", " to bid farewell"),
     re.compile(r" to (?:discuss|exchange|talk|debate|review|convey|deliver|bid farewell)\b"), False),
    ((" on ", " about "), re.compile(r" (?:on|about) (?:bilateral|China-|relations|issues|ties)"), False),
    ((" on ",), re.compile(r" on (?:(?!behalf\b|the\b|his\b|her\b|its\b|their\b)[a-z]{3,}\b|the (?:situation|issues?|crisis|question|latest|current"
                           r"|cooperati\w+|partnership|relationship|relations|ties|development|promotion|matters?)\b)"), False),
    ((" and ",), re.compile(r" and (?:exchanged|discussed|held|had|talked|briefed|signed|attended|witnessed|agreed|met|"
                            r"thanked|expressed|praised|congratulated|conveyed|invited|presented|handed|gave|delivered|toured|extended|"
                            r"visited|led(?! by\b)|holding talks|meeting with|(?:the two|both) sides|said)\b"),
     True),
    ((" from ",), re.compile(r" from (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"), False),
    ((" and his ", " and her ", " and their "),
     re.compile(r" and (?:his|her|their) (?:\w+ )?(?:delegation|entourage|party|(?:embassy )?(?:members|staff|colleagues))\b"), True),
    ((" respectively",), re.compile(r" respectively\b"), True),
    ((" a ",), re.compile(r"(?<=[a-z]) a (?:[\w-]+ ){0,2}?(?:session|meeting) of the\b"), False),
    ((" Palace", " Guesthouse", " Guest House", " State House", " Hall", " headquarters", " Headquarters"),
     re.compile(r" at (?:the )?(?:[A-Z][\w'-]* ){0,3}(?:Palace|Guesthouse|Guest House|House|Hall|[Hh]eadquarters)\b"), False),
    ((" Bhavan",), re.compile(r" at (?:the )?(?:[A-Z][\w'-]* ){1,2}Bhavan\b"), False),
    ((" at a ",), re.compile(r" at a (?=[a-z])(?!.*\b(?:led|headed) by\b)"), False),
    ((" at the Ministry", " at the Foreign Ministry", " at the Embassy", " at the Consulate", " at the President's Office",
      " at the Office of the "),
     re.compile(r" at the (?:Foreign )?(?:Ministry|Embassy|Consulate(?: General)?|President's Office"
                r"|Office of the (?:President|Prime Minister|Vice President|Speaker))(?= on\b| ?[,.;]| ?$| (?:today|yesterday|this)\b)"),
     False),
    ((" present",), re.compile(r", (?=[^,;]{0,80}? (?:was|were) (?:also )?present\b)"), False),
    ((", accompanied by",), re.compile(r", accompanied by\b"), False),
    (("—",), re.compile(r" ?— ?(?=[a-z])"), False),
    ((" held ", " met "), re.compile(r" and (?=(?:[A-Z][\w.'-]* ){2,8}(?:held|met) )"), False),
]
# (a date's year after its comma belongs to the adverbial: "On September 24, 2024 local time, ")
_SUBJECT_LEAD = re.compile(
    # (a date with no comma after its year first: "On March 1, 2010 Ambassador X called on ...";
    # a dateline's city in capitals: "BEIJING—Chinese Premier X held talks ..." in a later paragraph)
    r"^(?:[A-Z][A-Z.']{2,}(?: [A-Z][A-Z.']+){0,2} ?(?:—|-) ?(?=[A-Z])|On\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\s+(?=[A-Z])"
    # ("Later, Yang also met with ...", "Earlier, ...", "Meanwhile, ...": a sentence adverb)
    r"|(?:Later|Earlier|Previously|Afterwards|Subsequently|Meanwhile|Separately|Additionally|Moreover|Furthermore|Besides|Also|For\s+(?:his|her|their|its)\s+part),\s+(?=[A-Z])"
    r"|(?:[Oo]n|From|During|In|Following|After|At|Before|Upon|[Pp]rior\s+to|[Aa]head\s+of|Yesterday|Today|Entrusted\s+by|"
    r"This\s+(?:morning|afternoon|evening|week)|Last\s+(?:week|night|month)|Earlier\s+(?:today|this\s+\w+)|"
    r"According\s+to|To(?=\s+[a-z])"
    # ("As a special representative of President A, State Councilor X met ...": the capacity X came in)
    # ("As part of his official agenda, the Venezuelan Foreign Minister met with ...")
    r"|[Aa]s(?=\s+(?:(?:a|an|the|his|her)\s+[a-z]|part\s+of\s)))\b[^,]{0,120}"
    r"(?:,\s+(?:19|20)\d\d\b[^,]{0,30})?,\s+"
    # ("Yesterday, January 24, Army General X received ...")
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+(?=[A-Z])"
    # ("Thanking Guangxi for preserving relic sites related to President Ho Chi Minh's activities, he said":
    # a participle's clause, whose people are not the subject)
    r"|(?:Thanking|Recalling|Noting|Stressing|Welcoming|Congratulating|Expressing|Praising|Referring|Reviewing|"
    r"Highlighting|Hailing|Describing|Emphasi[sz]ing|Commenting|Responding|Appreciating|Lauding)\b[^,]{0,200}?"
    r"(?:,[^,]{0,120}?){0,2},\s+(?=(?:he|she|they|[A-Z])))+"
)
_SUBJECT_TAIL_WORDS = (
    r"here|today|also|then|later|earlier|separately|respectively|jointly|on\s+(?:the\s+)?(?:morning|afternoon|evening)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|in\s+[A-Z][a-z]+|at\s+[A-Z][\w ]+|this\s+(?:morning|afternoon|evening)|yesterday|has|have|was|were|been"
    # ("Premier Zhu Rongji October 8 offered ...": a date with no "on")
    rf"|(?:on\s+)?{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?")
# (?:,?\s+(?:WORDS))+\s*,?$ with its first ",?\s+" written as one character class and the rest
# of it: the same matches, but re can skip to "," and whitespace instead of trying every position.
_SUBJECT_TAIL = re.compile(
    rf"[,\s](?:(?<=,)\s+|(?<!,)\s*)(?:{_SUBJECT_TAIL_WORDS})(?:,?\s+(?:{_SUBJECT_TAIL_WORDS}))*\s*,?$"
)
_DELEGATION = re.compile(
    r"^(?P<head>.*?\b(?:delegation|delegations|study\s+group|group|team|mission|envoys|corps|visitors|guests|lawmakers|"
    r"representatives|participants|members|leaders|officials|cadres|students|trainees|class|classes|journalists)\b.*?)\b(?P<by>(?:led|headed)\s+by)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_DELEGATION_ONLY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w'().&\"“”-]+\s+){0,8}?[\"“]?(?:delegation|delegations|study\s+group|diplomatic\s+corps|envoys|corps|"
    r"representatives|ambassadors|diplomats|lawmakers|parliamentarians|legislators|scholars|experts|guests|"
    r"participants|cadres|trainees|class|classes|journalists|members|leaders|delegates|principals|"
    # "outstanding Party secretaries of county-level committees", "senior officials of ...", "a group of students"
    r"secretaries|officials|entrepreneurs|executives|students|businesspeople|scientists|academics|researchers|"
    r"awardees|winners|veterans|volunteers|teachers|workers|mayors|governors|senators|congressmen|deputies|"
    # "the advisory board of the X School of Economics", "foreign advisers"
    r"advisory\s+(?:board|council|committee)|advisers|advisors|"
    # "a friendship visiting group of the WPK", "a group of foreign delegates"
    r"(?:visiting|friendship|goodwill|study|working|parliamentary|youth|media|business)\s+group|group\s+of)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:he|she|they|him|her|the\s+(?:chinese\s+|cpc\s+)?delegation|(?:the\s+)?chinese\s+delegation|the\s+cpc\s+delegation)$",
    re.IGNORECASE,
)
# What _PRONOUN can start with ("ſ", the long s, is an "s" to IGNORECASE).
_PRONOUN_FIRST = frozenset("hstcHSTCſ")
_SEPARATE = re.compile(r"\b(?:respectively|separately|separate\s+(?:meetings|calls|talks|conversations|phone\s+calls)|meetings\s+with|"
                       r"respective\s+meetings)\b", re.I)
_SEPARATE_AFTER = (" respectively", " separately")
_INCLUDING = re.compile(r",?\s+including\s+")
# (commas around it, and where: "received, today, in his office the ...", "received in her office Monday noon the ...")
_LEADING_TIME = re.compile(r"^[\s,]*(?:(?:here|today|yesterday|on\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|behalf\b)\w+"
                           r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?|Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday|noon|morning|afternoon|evening|(?:in|at)\s+(?:his|her|their)\s+office"
                           # ("received this Thursday, in Luanda, the Chinese ambassador")
                           r"|this\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|week)"
                           r"|in\s+[A-Z][a-z]+(?=,)"
                           # ("received in audience the accredited Ambassador X": how, not whom)
                           r"|in\s+(?:an?\s+)?(?:private\s+|farewell\s+)?audience(?=\s+(?:the|his|her|H\.E|[A-Z])))"
                           r"(?:\s+|,\s*))+")
# "A and B met here Wednesday morning.": only when and where, no one met
_TIME_ONLY = re.compile(rf"^(?:[\s.,]*(?:here|today|yesterday|on|this|morning|afternoon|evening|night|{_DAYS}|{_MONTH}|"
                        r"\d{1,2}(?:st|nd|rd|th)?|in\s+[A-Z][a-z]+))+(?:[\s.,]*$|,\s*[a-z]+ing\b)")
_ING_WORD = re.compile(r"[a-z]+ing\b")  # ("A and B met Tuesday, reviewing ...": a participle, no object)
_TIME_WORDS = ("here", "today", "yesterday", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONE_NAME_OFFICE = r"\b(?:" + "|".join(sorted(P._OFFICE_BEFORE_ONE_NAME)) + r")\s+"
_HONORIFIC_BEFORE = r"(?:Hon\.?|H\.\s?E\.?|Mr\.|Mrs\.|Ms\.|Dr\.|Mme\.?|Madame|Madam|Excellency|Prof\.)\s+"
# "The delegation is led by X." / "The delegation, led by X, is visiting China ..."
_LED_BY_SENTENCE = re.compile(
    r"\b(?:delegation|group)(?:,\s+[^,]{1,60},)?(?:\s+(?:is|was|were|are)|,(?:\s+(?:which|who)\s+(?:is|was|were|are))?)\s+"
    r"(?:co-)?(?:led|headed)\s+by\s+(?P<who>.+)$"
    # ("The delegation led by the Vice Chairman ..., Peng Qinghua, arrived at the Villa": opening the sentence)
    r"|^The\s+(?:[\w.-]+\s+){0,3}?(?:delegation|group)\s+(?:co-)?(?:led|headed)\s+by\s+(?P<who2>.+)$", re.I)
# "Pak Thae Song, member of ..., led the WPK delegation."
_LED_THE_DELEGATION = re.compile(
    r"^(?P<who>[A-Z].{1,250}?),?\s+(?:led|headed)\s+the\s+(?:[\w'()-]+\s+){0,4}?(?:delegation|group)\b")
# "Ogata Takeju, head of the delegation, said ...": the delegation's leader named in passing
_HEAD_OF_THE_DELEGATION = re.compile(r"^(?P<who>[A-Z][^,;]{2,80}?),\s+(?:the\s+)?(?:head|leader|chief)\s+of\s+the\s+delegation\b")
_ALSO_INCLUDED = re.compile(r"\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of)\s+")
_VERB_AFTER_LEADER = re.compile(r",\s+(?:is|was|are|were|has|have|had|will|arrived|came)\b.*$")


_SPEECH_TAIL = re.compile(r",?\s+(?:(?:made|gave|issued|expressed)\s+the\s+(?:remarks|statement|comments?)|said|says)\b")
_DURING_CLAUSE = re.compile(r"^during\s+[^,]{1,80},\s+")
_SAID_LEAD = re.compile(r"^(?:\s*,?\s*(?:here|today|yesterday|on|that|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)+\s*")


def _without_speech_clause(subject: str) -> str:
    """The subject of an event verb with the speech clause around it taken off.

    "X, chairman of Y, made the remarks (when meeting with)" and "X said ... that China ...
    (during a meeting with)": X, before it. "Spokesperson S said (that) X (met with)": the
    speech is reported, X after it is the subject.
    """
    m = _SPEECH_TAIL.search(subject)
    if not m:
        return subject
    if m.group(0).endswith(("said", "says")):
        reported = _SAID_LEAD.sub("", subject[m.end():])
        if reported and P.parse_people(reported):
            return reported
        if reported and (subject[: m.start()].rstrip(" ,").endswith(("\"", "”")) or m.group(0).startswith(",")) \
                and reported.strip()[:1].isupper() and " " not in reported.strip():
            # '"It is also ...," said Li (while meeting)', "Ties have a solid foundation, said Zhang (while
            # meeting)": the speaker, a known surname
            return reported.strip()
        if reported.startswith("during "):
            # "Sun said that during the seven-day visit, Qian met with": the reported sentence's subject
            dm = _DURING_CLAUSE.match(reported)
            after = reported[dm.end():].strip() if dm else ""
            if after[:1].isupper() and " " not in after:
                return after
    return subject[: m.start()]


@dataclass
class Event:
    """One reported meeting; `separate` means one meeting per counterpart ("met respectively with")."""
    principals: list[Person]
    counterparts: list[Person]
    delegation: str | None
    separate: bool
    verb: str
    sentence: str
    subject_text: str = ""
    between: str = ""


_INVITATION_LIST = re.compile(r"^(?:At|On|Upon|By)\s+(?:the\s+)?(?:kind\s+)?invitation\s+of\s+(?:(?!\s+and\s)[^,]){2,120},\s+[^,]{2,120}?\s+and\s+[^,]{2,120},\s+")


_QUOTE_BEFORE = re.compile(r"[\"“][^\"“”]{3,400}[,.!?]\s*[\"”]\s*,?\s+(?=[A-Z])")


@lru_cache(maxsize=16)  # asked twice for a lead's subject (lead people, then events); see find_verb
def clean_subject(text: str) -> str:
    """A subject without leading adverbials ("On May 5, ", "During the visit, ") and trailing
    time/place words ("here today", "on Friday", "in Beijing")."""
    text = text.strip()
    if text.endswith(" co-"):
        text = text[:-4]  # "Yang co-chaired the dialogue with ...": the verb's prefix, cut off at its trigger
    if text[:1] in "\"“" and (qm := _QUOTE_BEFORE.match(text)):
        text = text[qm.end():]  # '"We hope ...," Zhou told visiting X': the speaker
    if ": " in text[:50]:
        # "Editor's note: President X held talks with ...": a label before the sentence
        label, _, rest = text.partition(": ")
        if rest[:1].isupper() and len(label.split()) <= 4:
            text = rest
    if "nvitation of " in text[:40]:
        # "At the invitation of A, B and C, X is scheduled to ...": the invitation names a list (unless
        # its first name's offices hold the "and": "At the invitation of State Councilor and Foreign
        # Minister A, B, C and D pay visits")
        im = _INVITATION_LIST.match(text)
        if im:
            text = text[im.end():]
    text = _SUBJECT_LEAD.sub("", text)
    if "said" in text or "says" in text or "remarks" in text or "made the" in text or " the statement" in text \
            or " the comment" in text:
        text = _without_speech_clause(text)
    if ", " in text and ("lead" in text or "head" in text or "who " in text):
        # "Lin, leading a delegation in Zimbabwe, met with ...": the clause says what the subject was doing
        text = _LEADING_CLAUSE.sub("", text)
    if " as " in text and (am := _CAME_AS.match(text)):
        text = text[am.end():]  # "The agreement came as State Councilor X held talks with ...": the "as" clause's subject
    if " and " in text and (" his " in text or " her " in text or " their " in text):
        # "China's Ambassador to Guyana, X and her colleagues of the Embassy visited ...": who came along
        text = _ENTOURAGE_TAIL.sub("", text)
    prev = None
    while prev != text:
        prev = text
        text = (_SUBJECT_TAIL.sub("", text) if _may_end_in_tail(text) else text).strip(" ,")
    return text


_CAME_AS = re.compile(r"^[A-Z][^,;]{0,80}?\s(?:came|comes|was\s+(?:made|reached|signed|announced)|were\s+(?:made|reached|signed|announced))"
                      r"\s+as\s+(?=[A-Z])")
_ENTOURAGE_TAIL = re.compile(r",?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:colleagues|staff|members|delegation|entourage|team)"
                             r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})?$")


_LEADING_CLAUSE = re.compile(r"(?<=[a-z]), (?:leading|heading|who (?:is|was) (?:leading|heading)) (?:a|an|the|his|her) "
                             r"[^,]{3,80}?,?$")


# The last word of every _SUBJECT_TAIL_WORDS alternative but "in X" and "at X ..." (which need " in "/" at ").
_TAIL_LAST_WORDS = frozenset("here today also then later earlier separately respectively jointly morning afternoon evening night "
                             "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday has have was were been".split())


def _may_end_in_tail(text: str) -> bool:
    """False when _SUBJECT_TAIL surely does not match (it must reach the end): on plain text the
    last word (before an optional final comma) must end one of its alternatives."""
    if not is_plain(text):
        return True
    tail = text[:-1] if text.endswith(",") else text
    tail = tail.rstrip(" ")
    last = tail.rsplit(" ", 1)[-1]
    return last in _TAIL_LAST_WORDS or last[:1].isdigit() or " in " in tail or " at " in tail


# "..., the Chinese Foreign Ministry said on Monday": a reporting clause closes the object.
_OBJECT_SAID = re.compile(r",?\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:said|announced|reported|cites|quoted|reports)\b")


_TRAILING_TOWN = re.compile(r"\s+in\s+([A-Z][a-z]+)$")


def object_text(after: str) -> str:
    """The object of "met with ...": up to a relative clause, a place/time phrase or the sentence end."""
    obj = object_until_end(after)
    if " in " in obj[-30:]:
        # "met with Minister Fu in Fuzhou.": a town, where they met (a country stays: "Chamber of Commerce in China")
        tm = _TRAILING_TOWN.search(obj)
        if tm and not P.countries.lookup(tm.group(1)):
            obj = obj[: tm.start()]
    return obj


def object_until_end(after: str) -> str:
    """The text before the earliest _OBJECT_ENDS match (or the sentence's end), trimmed."""
    end = len(after)
    if is_plain(after):
        tail = after.rstrip(" ")
        if tail and tail[-1] in ".;:":
            end = len(tail) - 1
        has = after.__contains__
        for needs, rx, after_comma in _OBJECT_ENDS_PLAIN:
            if any(map(has, needs)):
                m = rx.search(after)
                if m:
                    start = m.start()
                    if after_comma and start and after[start - 1] == ",":
                        start -= 1
                    if start < end:
                        end = start
    else:
        for needs, rx in _OBJECT_ENDS:
            if any(map(after.__contains__, needs)):
                m = rx.search(after)
                if m and m.start() < end:
                    end = m.start()
    if "said" in after or "announced" in after or "reported" in after or "cites" in after or "reports" in after:
        s = _OBJECT_SAID.search(after, 0, end + 1)
        if s:
            end = min(end, s.start())
    return after[:end].strip(" ,.")


# The first word of every event verb, followed by its space, as one literal alternation over the
# lowercased sentence: its matches are the only places _VERB can match, and trying _VERB (whose
# alternation Python's re tries at every position) only there is several times faster than
# _VERB.search. A trigger must not continue a word ("comet "); that test is done in Python
# because a lookbehind in front would cost re its literal-prefix speed.
_TRIGGER_WORDS = ("met|meets?|held|holds?|had|has|have|conducted|set|sets|convened|arranged|chaired|called|calls|paid|pays|made|makes|paying|making|took|takes|"
                  "accepted|accepts|contacted|"
                  "answered|answers|"
                  "exchanged|exchanges|exchange|conferred|confers|"
                  "discussed|talked|spoke|speaks|talks|received|receives?|presented|presents|hosted|hosts|bid|bids|bade|"
                  "visited|started|starts|began|begins|opened|opens|engaged|engages|participated|participates|introduced|introduces|"
                  "told|welcomed|welcomes|got|gets|chair|chairs|host|meeting|holding|telephoned|telephones|phoned")
_TRIGGER = re.compile(f"(?:{_TRIGGER_WORDS}) |(?:received|receives),")  # ("received, today, in his office the ...")
_TRIGGER_MEETINGS = re.compile(f"(?:{_TRIGGER_WORDS}|during|in|at|when|while|upon|following|after) |(?:received|receives),")  # "during (his) meetings with"
# For ASCII sentences the triggers are found faster still with bytes operations in C: every byte
# but a-z and 0-9 becomes a space, so the words of the split are exactly the letter-digit runs,
# and a sentence whose runs hold no trigger word (most body sentences) is done with at once.
_TRIGGER_SET = frozenset(w.encode() for w in
                         "met meet meets held hold holds had has have conducted set sets convened arranged chaired called calls paid pays made makes paying making "
                         "took takes accepted accepts contacted "
                         "answered answers exchanged exchange conferred confers "
                         "exchanges discussed talked spoke speaks talks received receive receives presented presents "
                         "hosted hosts bid bids bade visited started starts began begins opened opens "
                         "engaged engages participated participates introduced introduces told welcomed welcomes got gets "
                         "chair chairs host meeting holding telephoned telephones phoned"
                         .split())
_COMMA_AFTER_TRIGGER = frozenset((b"received", b"receives"))
_TRIGGER_SET_MEETINGS = _TRIGGER_SET | {b"during", b"in", b"at", b"when", b"while", b"upon", b"following", b"after"}
_ALNUM_ONLY = bytes(b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))


_DAY_WITH = ("day with", "night with", "morning with", "afternoon with", "evening with")  # (see _DAY_BEFORE_WITH)


def _meeting_with_in(low: str) -> bool:
    """Can a "(during) a meeting(s) (in <place>) with" phrase be in this lowercased sentence?"""
    if "while talking" in low or "when talking" in low or "while speaking" in low or "when speaking" in low:
        return True  # ("... while talking to his Ukrainian counterpart, X, over phone")
    if "meeting" in low:  # (one scan decides for most sentences)
        return "meeting with" in low or "meetings with" in low or ("a meeting in " in low and " with " in low) \
            or any(map(low.__contains__, _DAY_WITH)) \
            or " receiving " in low or "while meeting " in low or "when meeting " in low or " after meeting " in low
    return " receiving " in low or "conversation with" in low or "call with" in low \
        or "conversations with" in low or "calls with" in low \
        or (("conversation" in low or " call " in low) and any(map(low.__contains__, _DAY_WITH))) \
        or ("talks with" in low and ("during " in low or " in talks" in low or " in his talks" in low or " in her talks" in low))


def _trigger_positions(low: str, start: int) -> list[int]:
    """Where a trigger word followed by a space starts, not after a letter or digit, at or after start."""
    if not low.isascii():
        trigger = _TRIGGER_MEETINGS if _meeting_with_in(low) else _TRIGGER
        return [t.start() for t in trigger.finditer(low, start)
                if t.start() == 0 or not low[t.start() - 1].isalnum()]
    runs = low.encode("ascii").translate(_ALNUM_ONLY)
    # (only "meeting(s) with" lets "during", "in", "at", "when", "while" or "upon" open an event verb)
    words = _TRIGGER_SET_MEETINGS if _meeting_with_in(low) else _TRIGGER_SET
    hits = words.intersection(runs.split())
    if not hits:
        return []
    padded = b" " + runs + b" "
    n = len(low)
    positions = []
    for word in hits:
        needle = b" " + word + b" "
        i = padded.find(needle, start)
        while i >= 0:
            # padded[i] is the space before the word, so the word starts at i in low; it must be
            # followed by a real space, not by punctuation turned into one (or the padding).
            end = i + len(word)
            # (and "received, today, in his office the ...": a comma after "received")
            if end < n and (low[end] == " " or (low[end] == "," and word in _COMMA_AFTER_TRIGGER)):
                positions.append(i)
            i = padded.find(needle, i + 1)
    positions.sort()
    return positions


# A small cache: the release parser asks about its first sentences more than once (kind, subject,
# events). Sixteen entries hold one release's questions and not much more, so no benchmark that
# repeats a corpus is flattered by it.
@lru_cache(maxsize=16)
def find_verb(sentence: str, start: int = 0) -> re.Match[str] | None:
    """The first event verb of a sentence at or after start, or None."""
    for i in _trigger_positions(sentence.lower(), start):
        m = _VERB.match(sentence, i)
        if m:
            return m
    return None


def _with_span(rest: str) -> tuple[int, int] | None:
    """The span of _WITH's first match; on plain text found as "with " at a word start (\\w is
    str.isalnum plus "_"), which is faster than re trying \\b at every position."""
    if not is_plain(rest):
        w = _WITH.search(rest)
        return w.span() if w else None
    i = rest.find("with ")
    while i > 0 and (rest[i - 1].isalnum() or rest[i - 1] == "_"):
        i = rest.find("with ", i + 1)
    return (i, i + 5) if i >= 0 else None


# "met and hosted a dinner for X", "met with and feted X": X is met; the hosting is how.
_AND_HOSTED = re.compile(
    r"^\s*and\s+(?:also\s+)?(?:hosted|gave|held|offered)\s+(?:a\s+|an\s+)?(?:welcome\s+|working\s+)?"
    r"(?:dinner|banquet|luncheon|lunch|reception)\s+(?:in\s+honou?r\s+of|for)\s+"
    r"|^\s*and\s+(?:feted|entertained|hosted)\s+")


_PREPOSITION_ENDS = (" to", " on", " from")


# A sentence opening with one of these tells its meeting as background ("Since A and B met in April, ...")
_WHO_CLAUSES = re.compile(r",\s+who\s+[^,]*,")  # ("X, who was appointed earlier this month as ..., and Y discussed")
# "in November" with no day: a month the lead does not name is another time's
# (not an event's own time: "updated his host about the Congress held in October")
# (opening with the literal " in ", which re skips to: the sentences are single-spaced after normalize)
_IN_MONTH_ONLY = re.compile(r" in (?<!held in )(?<!convened in )(?<!place in )(?<!opened in )(?<!elected in )(?:(?:early|late|mid-)\s*)?"
                            r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
                            r"(?!\s+\d)(?!,?\s+(?:19|20)\d\d)")
_BACKGROUND_TIME = re.compile(r"\b(?:last|previous)\s+(?:year|month|week|autumn|spring|summer|winter)\b|\btwice\b"
                              r"|\bearlier\s+this\s+(?:year|month)\b")  # ("... met with Y in Hainan earlier this month, Yu said")
BACKGROUND_OPENINGS = ("Since ", "Although ", "Though ", "Because ", "If ", "Not long ago, ", "Not long ago ")  # ("Not long ago, A and B reached a consensus in a phone call")
# ("met President A, held talks with Prime Minister B": the "with" is the next verb's)
_NEXT_VERB_CLAUSE = re.compile(r",\s+(?:held|had)\s+talks\b")
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:agreeing|pledging|vowing|calling|saying|noting|stressing|urging|hailing|exchanging)\b")


def split_event(sentence: str, start: int = 0) -> tuple[str, str, str, str] | None:
    """(subject, verb, between, object) of the first event verb in the sentence, or None."""
    m = find_verb(sentence, start)
    if not m:
        return None
    subject = sentence[max(start, m.start() - P.MAX_PHRASE):m.start()]
    verb = m.group("verb")
    rest = sentence[m.end():]
    w = _with_span(rest)
    if w and rest.startswith(("whom ", "which "), w[1]):
        w = None  # ("received ... the Chinese ambassador, Y, with whom he discussed ...": the clause's "with")
    # ("presented credentials to X ... and had a good conversation with X": a verb ending in its
    # preposition takes the object after it, not a later "with")
    # ("A and B held phone talks Monday, agreeing to ... in dealing with the crisis": a "with" past a
    # participle's comma is the participle's)
    if w and w[0] <= 90 and ". " not in rest[: w[0]] and not (verb.endswith(_PREPOSITION_ENDS) and _DIRECT_OBJECT.match(verb)) \
            and not (", " in rest[: w[0]] and (_PARTICIPLE_CLAUSE.search(rest, 0, w[0]) or _NEXT_VERB_CLAUSE.search(rest, 0, w[0]))):
        between = rest[: w[0]]
        if " as " in between and start == 0:
            # "Closer ties was one topic discussed as Ambassador X today met with Y": the "as" clause's meeting
            k = m.end() + between.index(" as ") + 4
            again = find_verb(sentence, k)
            if again is not None and again.start() < m.end() + w[0]:
                return split_event(sentence, k)
        obj = rest[w[1]:]
        if obj.startswith(_TIME_WORDS):
            # A "with" written twice around the time ("held a meeting with here today with X").
            tm = _LEADING_TIME.match(obj)
            if tm and obj.startswith("with ", tm.end()):
                between, obj = between + " " + obj[: tm.end()], obj[tm.end() + 5:]
    elif (_DIRECT_OBJECT.match(verb) or verb.lower().startswith(("during", "in ", "following", "after")) or verb.endswith(" from")) \
            and not verb.endswith(("dialogue", "consultation", "consultations")):  # ("hosted a dialogue": no one hosted)
        between = ""
        obj = rest
        tm = _LEADING_TIME.match(obj)
        if tm:
            between, obj = obj[: tm.end()], obj[tm.end():]
        if verb in ("met", "meets", "meet") and (not obj.strip() or obj.lstrip()[:1].isdigit()
                                                 or obj.lstrip().startswith(("to ", "for ", "on the ", "at the ", "during ", "virtually",
                                                                             "online", "via video"))
                                                 or _TIME_ONLY.match(obj)
                                                 or (between.rstrip().endswith(",") and _ING_WORD.match(obj))):
            # "A and B met on May 20 to address ...": both are the subject, no one is the object
            return subject, verb, rest, ""
    elif verb.endswith(("call", "calls")) and rest.startswith(" on "):
        between, obj = "", rest[4:]  # "had separate calls on President A, Prime Minister B and ..."
    else:
        return subject, verb, rest, ""
    if obj.startswith(("and ", " and ")):
        obj = _AND_HOSTED.sub("", obj)
    return subject, verb, between, object_text(obj)


def _words_in_order(words: list[str], within: list[str]) -> bool:
    """Are the words all in `within`, in the same order (the office's first and last among them)?"""
    if not within or words[0] != within[0] or words[-1] != within[-1]:
        return False
    it = iter(within)
    return all(w in it for w in words)


def _office_key(office: str) -> str:
    """An office as compared across mentions: no nationality word ("the Chinese Foreign Minister"),
    and "Minister for/of Foreign Affairs" written as "foreign minister"."""
    key = office.strip().lower()
    first, _, rest = key.partition(" ")
    if rest and P.countries.lookup(first):
        key = rest
    return _FOREIGN_AFFAIRS.sub("foreign minister", key)


_FOREIGN_AFFAIRS = re.compile(r"^minister (?:for|of) foreign affairs$")


@dataclass
class Registry:
    """People named so far in a release, so a later 'Karlov' or 'he' resolves to the full record."""
    people: list[Person] = field(default_factory=list)
    last: Person | None = None
    # the headline's people as it writes them ("U.S. Secretary of State X"), by lower-cased name: the
    # body's "his U.S. counterpart X" takes this office rather than the principal's
    headline: dict[str, Person] = field(default_factory=dict)
    headline_title: str = ""  # (a headline whose object's people are not parsed yet)
    text: str = ""  # the release's body, where a surname no one was registered with may be written in full
    accented: bool = False  # has a name with letters beyond ASCII been registered ("António Guterres")?

    def named_in_text(self, surname: str) -> Person | None:
        """"Zhu" as a meeting's subject when "Chinese Premier Zhu Rongji's upcoming visit" is all the
        text said of him before: the full name the body writes with that surname, with the capitalised
        office words just before it, registered. None when the body writes no such name, or two."""
        if not self.text or not surname[:1].isupper() or surname.lower() in P._HEADS or P.countries.lookup(surname):
            return None
        sn = re.escape(surname)
        found = set(re.findall(r"\b" + sn + r" [A-Z][a-z]+\b", self.text)) | set(re.findall(r"\b[A-Z][a-z]+ " + sn + r"\b", self.text))
        names = {n for n in found if P.is_pure_name(n)
                 and not any(w.lower() in P._HEADS or P.countries.lookup(w) for w in n.split())}
        if len(names) != 1:
            return None
        name = names.pop()
        at = self.text.find(name)
        words = self.text[max(0, at - 80):at].split()
        k = len(words)
        while k > 0 and words[k - 1][-1:].isalpha() and (words[k - 1][:1].isupper() or (
                words[k - 1] in ("of", "the", "and", "for") and k > 1 and words[k - 2][:1].isupper())):
            k -= 1  # (the office's words, "of" too: "Secretary of State Colin Powell")
        people = [p for p in P.parse_people(" ".join(words[k:] + [name])) if p["name"] == name]
        if people and not people[0].get("title"):
            # ("Led by Qian Hongshan, vice minister of the International Department ..., the team ..."): the
            # office written after the name
            om = _OFFICE_AFTER_NAME.match(self.text, at + len(name))
            if om:
                people = [p for p in P.parse_people(name + ", " + om.group(1)) if p["name"] == name] or people
        return self.add(people[0]) if people else None

    def headline_person(self, name: str) -> Person | None:
        """The headline's person of this name, as the headline writes them."""
        if self.headline_title:
            parts = split_event(self.headline_title)
            self.headline_title = ""
            for p in P.parse_people(parts[3]) if parts and parts[3] else []:
                if len(p["name"].split()) >= 2 and p.get("title"):
                    self.headline.setdefault(p["name"].lower(), p)
        return self.headline.get(name.lower())

    def add(self, person: Person) -> Person:
        """The registered record for this person (completed with what the new mention adds)."""
        found = self.find(person["name"])
        if found is not None:
            return _merge(found, person)
        self.people.append(person)
        if not person["name"].isascii():
            self.accented = True
        return person

    def find_by_office(self, office: str) -> Person | None:
        """The one person named with this office (title or a further office), else None."""
        key = _office_key(office)
        found = [p for p in self.people
                 if any(_office_key(o or "") == key for o in [p.get("title"), *(p.get("also") or [])])]
        if not found and " " in key:
            # ("the Chinese vice minister" for the "Vice Foreign Minister" named before: its words in order)
            words = key.split()
            found = [p for p in self.people
                     if any(_words_in_order(words, _office_key(o or "").split()) for o in [p.get("title"), *(p.get("also") or [])])]
        return found[0] if len(found) == 1 else None

    def find(self, name: str) -> Person | None:
        """By full name, or by a single surname/given name ('Karlov', 'Wang')."""
        key = name.lower().strip()
        if not key:
            return None
        for p in self.people:
            if p["name"].lower() == key:
                return p
        if self.accented or not key.isascii():
            # ("Antonio Guterres" after "António Guterres": one person, written once without the accent)
            folded = _without_accents(key)
            for p in self.people:
                if _without_accents(p["name"].lower()) == folded:
                    return p
        words = key.split()
        if len(words) == 1:
            for p in self.people:
                toks = p["name"].lower().replace("-", " ").split()
                if len(toks) > 2 and toks[-1].rstrip(".") in _NAME_SUFFIXES:
                    toks = toks[:-1]  # ("Marcos" for "Ferdinand Marcos Jr.")
                if words[0] in (toks[0], toks[-1]):
                    return p
        elif len(words) >= 2:
            # ("Graziano da Silva" for "Jose Graziano da Silva": the name without its given name)
            for p in self.people:
                toks = p["name"].lower().split()
                if len(toks) > len(words) and toks[-len(words):] == words:
                    return p
        return None


_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_NAME_THEN_ITS = re.compile(r"^[^,]{3,60}, its [a-z]")


_OFFICE_AFTER_NAME = re.compile(r", ((?:a |an |the )?[a-z][\w-]*(?: [\w'()-]+){0,20}?)(?=, | and |\.)")


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def people_in(text: str, registry: Registry) -> list[Person]:
    """Persons in a subject/object phrase, pronouns and bare surnames resolved through the registry."""
    t = text.strip(" ,.")
    if not t:
        return []
    if t[0] in _PRONOUN_FIRST and _PRONOUN.match(t):
        return [registry.last] if registry.last else []
    bare = P.strip_honorifics(t)[0]
    if len(bare.split()) == 1:
        hit = registry.find(bare) or registry.named_in_text(bare)
        return [hit] if hit else []
    head, sep, rest = bare.partition(" and ")
    if sep and " " not in head:
        # "Wen and his Russian counterpart Dmitry Medvedev", "he and Indian Prime Minister X": a known
        # surname or a pronoun, then the others
        hit = registry.find(head) if head[:1].isupper() else (registry.last if head in ("he", "she") else None)
        if hit:
            return [hit] + [p for p in people_in(rest, registry) if p is not hit]
    out = []
    for p in P.parse_people(t):
        known = registry.find(p["name"])
        # A lone surname is a person only when an honorific marks it ("Hon. Chombo").
        if known is None and len(p["name"].split()) == 1 and not P.is_one_word_name(p["name"]) \
                and not re.search(_HONORIFIC_BEFORE + re.escape(p["name"]), t) \
                and not re.search(_ONE_NAME_OFFICE + re.escape(p["name"]) + r"\b", t) \
                and not (p.get("title") in P._MONARCHS and (p["title"] + " " + p["name"]) in t) \
                and not (p.get("title") and t.startswith(p["name"] + ", ")):  # ("Emperor Akihito"; "Legqog, chairman of ...")
            continue
        out.append(registry.add(p) if known is None else _merge(known, p))
    if not out:
        hit = registry.find(bare)
        if hit is None and " " in bare:
            hit = _office_and_known_surname(bare, registry)
        if hit:
            out.append(hit)
    return out


def _office_and_known_surname(phrase: str, registry: Registry) -> Person | None:
    """"Newly-arrived Chinese Consul General HU" after a headline's "Consul General HU Shan": the
    person the surname names, with the office written before it (from its demonym or office word on)."""
    words = phrase.split()
    hit = registry.find(words[-1]) if words[-1][:1].isupper() else None
    if hit is None or hit.get("title"):
        return hit
    office = words[:-1]
    for i, w in enumerate(office):
        if w.lower() in P._HEADS or P.countries.lookup(w):
            if any(x.lower() in P._HEADS for x in office[i:]):
                return _merge(hit, P.build_person(hit["name"], [" ".join(office[i:])]))
            break
    return hit


def _merge(known: Person, new: Person) -> Person:
    if not known.get("title") and not known.get("also") and new.get("also"):
        known["also"] = list(new["also"])  # (a name the headline gave bare takes the body's offices whole)
    for key in ("title", "organization", "country"):
        if not known.get(key) and new.get(key):
            known[key] = new[key]
    return known


# Words one of which _DELEGATION_ONLY needs ("diplomatic corps" and "study group" through "corps"
# and "study"), tested on the lowercased ASCII phrase (IGNORECASE folds letters of other scripts
# onto ASCII, so other phrases go straight to the pattern).
_GROUP_WORDS = ("delegation", "study", "corps", "envoys", "representatives", "ambassadors", "diplomats", "lawmakers",
                "parliamentarians", "legislators", "scholars", "experts", "guests", "participants", "cadres", "trainees",
                "class", "journalists", "members", "leaders", "group", "delegates", "principals", "advis",
                "secretaries", "officials", "entrepreneurs", "executives", "students", "businesspeople", "scientists",
                "academics", "researchers", "awardees", "winners", "veterans", "volunteers", "teachers", "workers",
                "mayors", "governors", "senators", "congressmen", "deputies")


def _may_name_a_group(obj: str, low: str) -> bool:
    return not obj.isascii() or any(map(low.__contains__, _GROUP_WORDS))


_COUNTERPARTS_LIST = re.compile(r"^(?:his|her|their)\s+(?P<adjs>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:(?:,\s+(?:and\s+)?|\s+and\s+)"
                                r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)+)\s+counterparts,?\s+(?P<names>[A-Z].+)$")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_UNNAMED_COUNTERPARTS = re.compile(r"^(?:his|her|their)\s+(?P<adjs>[A-Z][a-z]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][a-z]+)+)\s+"
                                   r"counterparts(?:\s+(?:who|that|attending|visiting|in|at)\b.*)?$")
_OFFICE_LINK_WORDS = frozenset(("of", "the", "and", "for", "de"))


def _counterparts_written_later(adjectives: list[str], registry: Registry) -> list[Person]:
    """For each country's adjective, the first person the release writes after it with an office
    ("Mongolian Minister of Defense X said ..."); none unless every adjective finds one."""
    found: list[Person] = []
    for adj in adjectives:
        if not P.countries.lookup(adj):
            return []
        for m in re.finditer(r"\b" + re.escape(adj) + r"\s+(?=[A-Z])", registry.text):
            keep: list[str] = []  # (the capitalised office and name words, up to the first lower-case word)
            for w in registry.text[m.start(): m.start() + 200].split()[:14]:
                if w[:1].islower() and w not in _OFFICE_LINK_WORDS:
                    break
                keep.append(w)
                if w.endswith((",", ".", ";")):
                    break
            people = P.parse_people(" ".join(keep).rstrip(",.;"))
            if people and people[0].get("title") and len(people[0]["name"].split()) >= 2:
                found.append(people[0])
                break
    return [registry.add(p) for p in found] if len(found) == len(adjectives) else []


_UNNAMED_COUNTERPART = re.compile(r"^(?:his|her|their)\s+(?:visiting\s+|new\s+)?(?P<adj>[A-Z][a-z]+)\s+counterpart$")
# "X, Mauritius Minister of Foreign Affairs": a name, then an office between commas
_NAME_COMMA_OFFICE = re.compile(r"(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}), (?P<office>(?:the )?[A-Z][^,.;]{2,90})")


def _counterpart_named_later(country: str | None, later: list[str], registry: Registry) -> Person | None:
    """The first person a later sentence names with an office of that country, name first."""
    if not country:
        return None
    for sent in later[:4]:
        for m in _NAME_COMMA_OFFICE.finditer(sent):
            people = P.parse_people(m.group(0))
            if len(people) == 1 and people[0].get("title") and people[0].get("country") == country \
                    and P.is_pure_name(people[0]["name"]):
                return registry.add(people[0])
    return None


_PLURAL_GROUP_WORDS = ("counterparts", "dignitaries", "politicians", "leaders", "officials", "guests", "figures",
                       "personalities", "representatives", "ministers", "heads of", "delegates", "participants")
_THEY_INCLUDED = re.compile(r"^(?:The|They|These|Those)\b[^,.;]{0,40}?\s+(?:included|includes|include|were)\s*:?\s+(?P<who>.+?)\.?$")


def counterparts_of(obj: str, registry: Registry, later: list[str]) -> tuple[list[Person], str | None]:
    """Counterparts and the delegation phrase of an event's object."""
    cm = _COUNTERPARTS_LIST.match(obj) if "counterparts" in obj else None
    if cm:
        # "his U.S. and South Korean counterparts Hillary Clinton and Kim Sung-hwan": each in turn
        names = [n for n in _LIST_SPLIT.split(cm.group("names")) if n]
        adjs = [a for a in _LIST_SPLIT.split(cm.group("adjs")) if a]
        if len(names) == len(adjs) and all(P.is_pure_name(n) for n in names):
            found = []
            for name, adj in zip(names, adjs):
                person = P.build_person(P.strip_honorifics(name)[0], ["counterpart"])
                person["country"] = P.countries.lookup(adj) or person.get("country")
                found.append(registry.add(person))
            return found, None
    um = _UNNAMED_COUNTERPARTS.match(obj) if "counterparts" in obj and registry.text else None
    if um:
        # "held meetings with his Mongolian and Lao counterparts who are in Beijing for ...", the names
        # in later paragraphs ("Mongolian Minister of Defense X said"): each adjective's first office-holder
        found = _counterparts_written_later([a for a in _LIST_SPLIT.split(um.group("adjs")) if a], registry)
        if found:
            return found, None
    sm = _UNNAMED_COUNTERPART.match(obj) if "counterpart" in obj and later else None
    if sm:
        # "held talks with his visiting Mauritian counterpart on ...", the name in a later sentence
        # ("Mauritian Foreign Minister X said", "Li told X, Mauritius Minister of Foreign Affairs")
        found = _counterparts_written_later([sm.group("adj")], registry) if registry.text else []
        hit = found[0] if found else _counterpart_named_later(P.countries.lookup(sm.group("adj")), later, registry)
        if hit:
            return [hit], None
    inc = _INCLUDING.search(obj) if "including" in obj else None
    if inc and not P.parse_people(obj[: inc.start()]) and P.parse_people(obj[inc.end():]):
        obj = obj[inc.end():]  # "representatives of parties of Russia including X, Deputy Chairman of ..."
    low = obj.lower()
    # _DELEGATION needs "led by"/"headed by" (a substring test is exact here: none of these letters
    # is one IGNORECASE matches in another script); most objects are plain names and offices.
    m = _DELEGATION.match(obj) if "by" in low and ("led" in low or "headed" in low) else None
    if m:
        rest = m.group("rest")
        who = people_in(rest, registry)
        if who and not who[0].get("organization"):
            # "a delegation of the Socialist Party of Chile led by its President X", "... of the
            # Friedrich Ebert Foundation led by X, the foundation's president": X's is that body
            back = _THE_BODYS_OFFICE.search(rest) if "'s " in rest else None
            # (or "led by X, its deputy president and general secretary")
            body = _BODY_OF.search(m.group("head")) if rest.startswith("its ") or back \
                or (", its " in rest and _NAME_THEN_ITS.match(rest)) else None
            if body and (back is None or body.group("org").rstrip(" ,").lower().endswith(back.group(1).lower())):
                org = body.group("org").rstrip(" ,")
                pm = P._POSSESSIVE_COUNTRY.match(org)
                if pm and P.countries.lookup(pm.group(1)):
                    org = org[pm.end():]  # "Germany's Friedrich Ebert Foundation"
                who[0]["organization"] = org
        if who:
            # The phrase as written, up to the end of the leader's name ("... led by Hon. X Y").
            by_end = m.end("by")
            last = who[0]["name"].split()[-1]
            j = obj.find(last, by_end)
            delegation = obj[: j + len(last)] if j >= 0 else obj[:by_end]
            return who, delegation.rstrip(" ,")
        return [], obj
    if _may_name_a_group(obj, low) and _DELEGATION_ONLY.match(obj) and not P.parse_people(obj):
        for sent in later:
            lm = _LED_BY_SENTENCE.search(sent) or (_LED_THE_DELEGATION.match(sent) if " led the " in sent
                                                   or " headed the " in sent else None) \
                or (_HEAD_OF_THE_DELEGATION.match(sent) if " of the delegation" in sent else None)
            if lm:
                led = lm.group("who") or lm.group("who2")
                members: list[Person] = []
                im = _ALSO_INCLUDED.search(led) if "includ" in led or "compris" in led or "consist" in led else None
                if im:
                    # "The U.S. delegation headed by X also included A, B and C": the leader, then the others
                    led, members = led[: im.start()], people_in(led[im.end():].rstrip(" ."), registry)
                who = people_in(clean_subject(_VERB_AFTER_LEADER.sub("", led).rstrip(" .")), registry)
                if who:
                    who = who + [m for m in members if all(m is not w for w in who)]
                    _leader_of_a_foreign_delegation(who[0], obj)
                    return who, obj
        named = _group_named_later(obj, later, registry) if "credentials" in obj or "envoys" in obj \
            or "mbassadors" in obj else []
        if not named and later and any(map(low.__contains__, _PLURAL_GROUP_WORDS)):
            # "met with foreign delegates to the seminar. The delegates include former President A, ...":
            # the group the next sentence names, person by person
            im = _THEY_INCLUDED.match(later[0])
            if im and (named := people_in(im.group("who"), registry)):
                return named, None
        return named, obj
    found = people_in(obj, registry) or _office_then_surname(obj)
    if not found and later and any(map(low.__contains__, _PLURAL_GROUP_WORDS)):
        # "met with five of his foreign counterparts ... The five included A, B and C": the group
        # the next sentence names
        im = _THEY_INCLUDED.match(later[0])
        if im:
            return people_in(im.group("who"), registry), None
    return found, None


# "The ambassadors are A from X, B from Y and C from Z." / "These thirteen newly-appointed Ambassadors are
# Barbadian Ambassador to China A, ...": the group a credentials ceremony's sentence named, person by person
_THE_GROUP_ARE = re.compile(r"^(?:The|These|Those)\s+(?:[\w-]+\s+){0,3}?(?P<group>[Aa]mbassadors|[Ee]nvoys)(?:\s+to\s+[A-Z]\w+)?\s+"
                            r"(?:are|were|include|included)\s*:?\s+(?P<who>[A-Z].+?)\.?$")
# ("new ambassadors of nine countries to China": the countries between the office and its "to")
_GROUP_OFFICE = re.compile(r"\b(?P<word>[Aa]mbassador|[Ee]nvoy)s(?:\s+(?:of|from)\s+(?:[\w-]+\s+){1,3}?(?=to\s))?(?P<to>\s*to\s+[A-Z]\w+)?")
_FROM_COUNTRY = re.compile(r"\s+from\s+(?:the\s+)?(?=[A-Z])")


def _group_named_later(obj: str, later: list[str], registry: Registry) -> list[Person]:
    for sent in later:
        gm = _THE_GROUP_ARE.match(sent) if " are " in sent or " were " in sent or " includ" in sent else None
        if gm is None:
            continue
        who = _FROM_COUNTRY.sub(" of ", gm.group("who"))  # ("A from Austria": A of Austria)
        people = P.parse_people(who)
        om = _GROUP_OFFICE.search(obj)
        for p in people:
            if not p.get("title") and om:
                p["title"] = om.group("word").lower() + (" " + om.group("to").strip() if om.group("to") else "")  # "14 new ambassadors to China"
        return [registry.add(p) for p in people]
    return []


# "the US ambassador to China, Burns": an office, then the surname alone
_OFFICE_COMMA_SURNAME = re.compile(r"^(?:the\s+)?(?P<office>[A-Za-z][\w .'-]{2,80}?),\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


# "Ogun State Governor Daniel", "Vice President Chiwenga": an office and one name, the whole object
_OFFICE_SURNAME = re.compile(
    r"^(?:the\s+)?(?P<office>(?:[A-Z][\w.'-]*\s+){0,4}?(?:Governor|President|Prime\s+Minister|Minister|Ambassador|Speaker|"
    r"Chancellor|Senator|Congressman|Congresswoman|Mayor|Secretary|Chairman|Chairwoman|King|Queen|Premier)"
    # ("Minister of Natural Environment and Tourism of Mongolia Tserinbat": the portfolio and country between)
    r"(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w'-]*,?|and|of|the)){1,10}?)?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")


def _office_then_surname(obj: str) -> list[Person]:
    """The one counterpart named by an office and a surname alone ("the US ambassador to China, Burns")."""
    m = _OFFICE_COMMA_SURNAME.match(obj) if ", " in obj else _OFFICE_SURNAME.match(obj)
    if not m or not any(w.lower() in P._HEADS for w in m.group("office").split()) or not P.is_name_token(m.group("name")):
        return []
    if P.countries.lookup(m.group("name")) or P.countries.city_country(m.group("name")) \
            or P.strip_honorifics(m.group("name") + " Hale Ma")[1]:
        return []  # "President of Kenya" is no name, nor "Prime Minister of Cambodia Samdech" (a style)
    return [P.build_person(m.group("name"), [m.group("office")])]


def _leader_of_a_foreign_delegation(leader: Person, delegation: str) -> None:
    """The leader of "a Canadian delegation" is Canadian, though his body's name says "China"
    ("Director of China Institute of the University of Alberta")."""
    if leader.get("country") == "CHN":
        first = delegation.split()[1] if delegation.lower().startswith(("a ", "an ", "the ")) else delegation.split()[0]
        stated = P.countries.lookup(first)
        if stated and stated != "CHN":
            leader["country"] = stated


_PASSIVE_ENDS = (" was", " were", " has been", " have been")
# "President X was, today, paid a courtesy call by Y": a time between the auxiliary and the verb.
_PASSIVE_TIME = re.compile(r",?\s+(?:today|yesterday|here|this\s+(?:morning|afternoon|evening)|on\s+\w+),?$")
_SIDES = re.compile(r"^(?:the two sides|both sides|they|the two|the participants|it)$", re.I)
_SPEECH_IN_BODY = re.compile(r"(?:said|expressed|noted|stressed)\b")  # at a word start: fastre
_SPEECH_IN_BODY_WORDS = ("said", "expressed", "noted", "stressed")
MODAL_BEFORE_VERB = re.compile(
    r"(?<!who )(?<!which )(?<!that )\b(?:will|would|shall)\s"
    r"|\b(?:is|are)\s+(?:scheduled\s+|expected\s+|due\s+)?to\s+(?:also\s+)?$|\bplans?\s+to\s+$"
    # ("He is scheduled to hold talks with A, and meet with B": the second verb's plan too)
    r"|\b(?:is|are)\s+(?:scheduled|expected|due|set)\s+to\s")
_MAIN_VERB = re.compile(r"\s+(?:also\s+)?(?:visited|toured|arrived|concluded|wrapped\s+up|paid|began|started|attended|"
                        r"was|were|is|has|had)\b")
_EARLIER_VISIT = re.compile(r"\s+(?:visited|toured|attended)\s+(?:the\s+)?[a-zA-Z].*?(?:,\s+and|\s+and)\s*$")
# (an infinitive, not "the Adviser to the Prime Minister")
_PRONOUN_THEN_PLACE = re.compile(r"^(?:her|him)\s+(?:at|in|on|during|here|today|yesterday)\b")
_URGED_TO = re.compile(r"^[^,;]*?\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\s)[a-z]")
_PRONOUN_OR_DELEGATION = re.compile(r"delegation|\bhe\b|\bshe\b", re.I)
# "A senior official of the CPC met ... with X. Li Yuanchao, head of ..., said": the wire names the
# official only in the next sentence.
_UNNAMED_OFFICIAL = re.compile(
    r"^(?:[Aa]|[Aa]nother|[Tt]he|[A-Z][\w.-]*'s)\s+(?:(?:senior|top|high-ranking|leading|ranking|visiting|[A-Z][\w.-]*)\s+){1,3}"
    r"(?:official|leader|legislator|lawmaker|political\s+advisor|diplomat|envoy)(?:\s+of\s+.*)?$"
    # "The remarks of the Chinese foreign minister were made during a telephone call with X": the lead's speaker
    r"|^(?:The|His|Her|These)\s+(?:remarks|comments|statement)\b.{0,80}\s+(?:were|was)\s+made$")
_CAPITALISED = re.compile(r"[A-Z][\w'-]+")
# (an object that is a counterpart, told again: not a list that names one among others, "Namibian President
# A, ..., Senegalese counterpart B, ...")
_NAMED_AFTER_COUNTERPART = re.compile(r"\bcounterpart,?\s+(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w'-]+")  # ("... counterpart Paek Nam-sun")
_COUNTERPART_WORD = re.compile(r"^(?:his|her|their|the)\s+(?:[\w.'-]+\s+){0,3}?counterpart\b", re.I)


def _is_separate(text: str) -> bool:
    if text.isascii():  # the words _SEPARATE needs, on the lowercased text (see _may_name_a_group)
        low = text.lower()
        if "respective" not in low and "separate" not in low and "meetings" not in low:
            return False
    return bool(_SEPARATE.search(text))


_SAID_QUOTE = re.compile(r"\bsaid:\s*[“\"]")
_SAID_SOURCE = re.compile(r",\s+said\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:statement|release|spokesperson|spokesman|"
                          r"spokeswoman|report|communiqu[eé])(?:\s+(?:issued\s+)?(?:on\s+\w+|today|yesterday|here))*\.?$")
# (up to seven words: "..., a readout from China's official Xinhua said")
_SOURCE_SAID = re.compile(r",\s+(?:[\w'’-]+\s+){1,7}said(?:\s+(?:today|yesterday|on\s+\w+|in\s+a\s+statement))?\.?$")


_SPEECH_OBJECT_ENDS = ("views", "view", "remarks", "remark", "comments", "statement", "words", "position", "stance")
_SPEECH_BEFORE_EVENT = re.compile(r",?\s+(?:expressed|made|voiced|conveyed|shared|gave|reiterated|reaffirmed|stated)\s+"
                                  r"(?:these|the|this|his|her|their|such)\s+(?:[\w-]+\s+)?(?:views?|remarks?|comments|statement|"
                                  r"words|position|stance)$")


def _speech_during_meeting(sent: str) -> bool:
    """"The Chinese ambassador expressed these views during a meeting with Prime Minister X here.": the
    words were said at a meeting the sentence tells (its first event phrase, after the speech verb)."""
    if " during " not in sent and " in " not in sent:
        return False
    v = find_verb(sent)
    if v is None or v.start() == 0:
        return False  # ("During a meeting with X on Aug. 19, Y said" opens the sentence: the _WHEN_MEETING branch judges it)
    verb = v.group("verb").lower()
    # (or "in": "Tang, in talks with visiting Foreign Minister X, said ..."; not "in the meeting with X", a retelling)
    return (verb.startswith("during ") or (verb.startswith("in ") and " the " not in verb)) and " with " in sent[v.end(): v.end() + 8]


def _reported_event(sent: str) -> bool:
    """Does the sentence tell an event and end by naming who reported it (or quote a statement
    that tells one: 'A statement said: "on Thursday, X paid a courtesy call on Y"')?"""
    q = _SAID_QUOTE.search(sent) if "said:" in sent else None
    if q and find_verb(sent, q.end()) is not None:
        return True
    m = _SOURCE_SAID.search(sent) if sent.rstrip(" .").endswith(("said", "today", "yesterday", "statement")) else None
    if not m and ", said " in sent:
        m = _SAID_SOURCE.search(sent)  # "..., said a Cambodian foreign ministry's press statement on Tuesday."
    if not m:
        return False
    v = find_verb(sent)
    return v is not None and v.end() < m.start()


_SPEAKER_WHILE = re.compile(r",\s+(?:said|says|affirmed|stressed|noted|emphasized|emphasised|underlined|added|declared)\s+"
                            r"(?P<who>(?:a|an|the|[A-Z])[^,]{2,150}?)\s+(?:while|when)$")


def _speech_in_relative_clause(sent: str) -> bool:
    """"X was received yesterday by Y, who stressed that ...": the speech is the met one's, told after
    the meeting, and the sentence is the meeting's."""
    v = find_verb(sent)
    if v is None:
        return False
    sp = search_at_word_start(_SPEECH_IN_BODY, sent, v.end())
    return sp is not None and ", who " in sent[v.end(): sp.start()] \
        and search_at_word_start(_SPEECH_IN_BODY, sent[: v.start()]) is None


def _met_before_speech(sent: str) -> bool:
    """"Xi also met with X, ..., and said that ...", "Muhyiddin, who held a discussion via video conference
    with Y this morning, said ...": the sentence tells a meeting first, then what was said."""
    if ", and said " not in sent and ", and told " not in sent and ", who " not in sent[:80]:
        return False
    v = find_verb(sent)
    if v is None or v.start() >= 80 or not v.group(0).lower().startswith(("met", "held", "had")):
        return False
    return v.start() < 40 or sent.endswith(", who ", 0, v.start()) and "," not in sent[: sent.index(", who ")]


def find_events(sents: list[str], para_of: list[int], registry: Registry, lead_people: list[Person]) -> list[Event]:
    """Every meeting the sentences report, the first being the main one.

    Later sentences add meetings only with someone new ("Following the meeting, Director General
    X held consultations with Y"); a counterpart's own other engagements ("Minh also held talks
    with ... on Sunday") and retellings of the same meeting are left out. Statement paragraphs
    (after the lead, with "said"/"expressed") are not searched.
    """
    events: list[Event] = []
    for idx, sent in enumerate(sents):
        # (after a meeting "with four foreign leaders" too: "During the meeting with A, B, C and D, X said")
        if idx < 3 and (not events or (len(events) == 1 and not events[0].counterparts)) \
                and (sent.startswith(_FRONT_WORDS) or " told " in sent or _said_at_talks(sent) or _after_meeting_dated(sent)):
            wire = _wire_lead(sent, registry, lead_people, sents[idx + 1: idx + 4])
            if wire:
                events.append(wire)
                registry.last = wire.principals[0]
                continue
        if idx >= 1 and sent.startswith(_WHEN_MEETING) and not _dated_apart(sent, sents[:min(idx, 2)]):
            # "X met respectively with leaders of ...", then a paragraph for each: "When meeting with
            # President A of B, X stressed ...": one more meeting when A is new (so "In a separate
            # meeting with A, X said" after any meeting)
            wire = _wire_lead(sent, registry, lead_people, [])
            if wire and wire.counterparts:
                if not _already_told(events, wire.principals, wire.counterparts):
                    events.append(Event(wire.principals, wire.counterparts, wire.delegation, wire.separate, wire.verb, sent))
                continue  # (told again: "In the meeting with A, X first conveyed greetings from B" names no one new)
        if para_of[idx] > 0 and any(map(sent.__contains__, _SPEECH_IN_BODY_WORDS)) \
                and search_at_word_start(_SPEECH_IN_BODY, sent) \
                and not _met_before_speech(sent) \
                and not (" when " in sent and find_verb(sent, sent.index(" when ")) is not None) \
                and not ((" while receiving " in sent or " while meeting " in sent)
                         and find_verb(sent, sent.index(" while ")) is not None) \
                and not (" said as " in sent and find_verb(sent, sent.index(" said as ")) is not None) \
                and not (" said that during " in sent and find_verb(sent, sent.index(" said that during ")) is not None) \
                and not (", who " in sent and _speech_in_relative_clause(sent)) \
                and not _reported_event(sent) and not _speech_during_meeting(sent):
            # (unless the meeting is told in a "when" clause: "The two sides expressed ... when X met with Y",
            # or reported by a source at the end: "X called Speaker Y, the Parliament media unit said today")
            continue
        if ", said " in sent:
            sm = _SAID_SOURCE.search(sent)
            if sm:
                sent = sent[: sm.start()] + "."  # (the statement's day, "on Tuesday", is not the meeting's)
        parts = split_event(sent)
        if not parts:
            continue
        subj, verb, between, obj = parts
        if subj[:1] in "\"“" and (qm := _QUOTE_BEFORE.match(subj)):
            subj = subj[qm.end():]  # ('"We hope X will ...," Zhou told visiting Y': no plan of Zhou's)
        if obj and verb[:4].lower() == "call" and obj[:1].islower() and _URGED_TO.search(obj):
            continue  # "Li called on journalists to improve their coverage": urged, no call paid
        if idx > 0 and ("last " in sent or "previous " in sent or "twice" in sent or "earlier this " in sent) \
                and _BACKGROUND_TIME.search(_WHO_CLAUSES.sub("", sent) if ", who " in sent else sent):
            continue  # "President X met with King Y and Prime Minister Z twice last year": background
        if idx > 0 and " in " in sent and (im := _IN_MONTH_ONLY.search(sent)) \
                and not any(im.group("month")[:3] in x for x in sents[:min(idx, 2)]):
            continue  # "President A and his counterpart B met in Beijing in November." (told in February): background
        if idx > 0 and (" after completing " in subj or " after concluding " in subj) and " where " in subj:
            continue  # "Yuan arrived in Kathmandu after completing his visit to Sri Lanka where he met ...": the last leg
        if idx > 0 and subj.startswith(BACKGROUND_OPENINGS):
            continue  # "Since President X and Y held meetings in April, relations have ...": background
        if idx > 0 and ("will " in subj or "would " in subj or "shall " in subj or " to " in subj) \
                and MODAL_BEFORE_VERB.search(subj):
            # "In a few days President X will visit the US and meet with Y": a plan told in passing (the
            # lead's own "X will hold a video call with Y on Friday" is the release's news, and stays)
            continue
        if not obj:
            # "President Xi Jinping and Peruvian President Dina Boluarte held talks": both in the subject.
            both = people_in(clean_subject(subj), registry) if " and " in subj else []
            if len(both) >= 2 and not events:
                _counterpart_office(both[:1], both[1:], registry)  # "X and his U.S. counterpart Y started talks"
                events.append(Event(both[:1], both[1:], None, False, verb, sent, subj, between))
                registry.last = both[0]
            continue
        if "said:" in subj:
            q = _SAID_QUOTE.search(subj)
            if q:
                subj = subj[q.end():]  # 'A statement said: "on Thursday, X paid ...': X is the subject
        subj_clean = clean_subject(subj)
        if subj_clean.startswith(("accompanied by ", "Accompanied by ")) and ", " in subj_clean:
            # "(On May 2nd,) accompanied by Deputy Consul General A and Counselor B, Consul General X met
            # with": the subject after the clause (the release's present list takes A and B)
            subj_clean = subj_clean.rsplit(", ", 1)[1]
        elif " accompanied " in subj_clean and subj_clean.endswith(" to"):
            # "Ambassador X accompanied Vice Minister Y to hold talks with Z": Y held them (X was present)
            am = _ACCOMPANIED_TO.search(subj_clean)
            if am:
                subj_clean = am.group("who")
        elif subj_clean.startswith(("Headed by ", "Led by ")) and "delegation" in subj_clean:
            # "Headed by X, deputy chief of ..., the delegation met with Y": X leads, so X met Y
            fl = _FRONT_LED.match(subj_clean)
            if fl:
                subj_clean = fl.group("who")
        if subj_clean.endswith(_SPEECH_OBJECT_ENDS):
            # "The Chinese ambassador expressed these views (during a meeting with)": the speaker
            sv = _SPEECH_BEFORE_EVENT.search(subj_clean)
            if sv:
                subj_clean = subj_clean[: sv.start()]
        if " when " in subj_clean:
            # "The two sides expressed their willingness when Lu Kang, deputy head of ..., met with"
            subj_clean = clean_subject(subj_clean[subj_clean.rindex(" when ") + 6:])
        elif subj_clean.endswith((" while", " when")) and ", " in subj_clean:
            # "China is Cambodia's true friend, affirmed a senior leader of the CPC while paying a courtesy
            # visit to X": the speaker after the quoted words
            sw = _SPEAKER_WHILE.search(subj_clean)
            if sw:
                subj_clean = sw.group("who")
        elif subj_clean.startswith(("as ", "when ")) and (" said as " in subj or " said when " in subj):
            # '"China can cooperate further," she said as Vice-Minister X called on her'
            subj_clean = subj_clean[subj_clean.index(" ") + 1:]
        if verb.startswith(("meeting", "holding")) and subj.rstrip().endswith(","):
            # (a participle after the main clause: its subject is the main clause's, "X visited Serbia ...")
            mv = _MAIN_VERB.search(subj_clean)
            if mv is None:
                continue
            subj_clean = subj_clean[: mv.start()]
        elif "visited " in subj_clean or "toured " in subj_clean or "attended " in subj_clean:
            # "Consul General X visited district offices of Senator A, ... and met with B": X met B
            # (and "X attended the reception held by the Embassy, and met with Ambassador Y")
            vm = _EARLIER_VISIT.search(subj_clean)
            if vm:
                subj_clean = subj_clean[: vm.start()]
        if ("irport" in obj or "irbase" in obj) and " by " in obj and subj.rstrip().endswith(_PASSIVE_ENDS):
            continue  # "X was received at the International Airport by Y": a welcome, not a meeting
        if obj.startswith("by ") and _PASSIVE_TIME.sub("", subj.rstrip()).endswith(_PASSIVE_ENDS):
            # "X was received by Y", "X was met by Y": Y is the one who met, as in "Y received X".
            subj_clean, obj = obj[3:], subj_clean
        if (_SIDES.match(subj_clean) and not (subj_clean.lower() == "they" and not events and lead_people)) \
                or (events and _COUNTERPART_WORD.search(obj) and not _NAMED_AFTER_COUNTERPART.search(obj)):
            # ("A led a delegation ... They met with officials including X and Y": before any meeting,
            # "they" are the lead's people)
            continue
        hosted = _HOST_THEN_PRONOUN.match(subj_clean) if subj_clean.endswith(" and") and obj in ("him", "her", "them") else None
        if hosted:
            # "Secretary General X welcomed Assistant Minister Y and had a meeting with him": X met Y
            subj_clean, obj = hosted.group("host"), hosted.group("guest")
        principals = _principals(subj_clean, registry, lead_people)
        group_of_leaders = not principals and bool(_LEADERS_SUBJECT.match(subj_clean))
        if group_of_leaders:
            # "Chinese leaders on Wednesday met with visiting President X", then a paragraph for each
            # ("Chinese President A said ...", "Top Chinese legislator B called on ..."): a meeting each
            principals = _leaders_named_later(sents[idx + 1: idx + 9], registry)
        unnamed_office = not principals and not events and subj_clean.startswith(("The ", "the ")) \
            and any(w.lower() in P._HEADS for w in subj_clean.split()[:6])
        if unnamed_office:
            # "The leader of the ruling X Party met with Ambassador Y. Rep. Z said during the meeting ...":
            # the office the lead names, the person the next sentence opens with (or the headline's)
            principals = _named_next_or_in_headline(sents[idx + 1: idx + 3], registry)
        if not principals and not events and idx <= 1 and obj and _UNLED_DELEGATION.match(subj_clean):
            # "A delegation of the Communist Party of China called on RSS general secretary X": the one
            # called on is whom the release names, the delegation (no leader named) met him
            hosts = people_in(obj, registry)
            if len(hosts) == 1:
                leader = _delegation_leader_named_next(sents[idx + 1: idx + 4], registry)
                if leader:
                    events.append(Event(leader, hosts, None, False, verb, sent, subj_clean, between))
                    registry.last = leader[0]
                else:
                    events.append(Event(hosts, [], subj_clean, False, verb, sent, subj_clean, between))
            continue
        if not principals:
            continue
        if events and any(p is c for p in principals for e in events for c in e.counterparts) \
                and not _VISIT_PROGRAMME.search(sent) and principals[0].get("country") != "CHN":
            # a counterpart's own other engagement (unless told as the visit's programme, or the counterpart
            # is the Chinese visitor whose trip the release follows: "Tang also held talks with X")
            continue
        # "the delegation of A led by X, ..., and the delegation of B led by Y": a meeting with each
        second = _second_delegation(obj)
        if second:
            obj, obj2 = obj[: second[0]], obj[second[1]:]
        if obj.startswith(("her ", "him ")) and _PRONOUN_THEN_PLACE.match(obj):
            obj = obj[:3]  # "called on her at her official residence here"
        # (a credentials ceremony names its ambassadors after the pomp: "These thirteen ... Ambassadors are ...")
        later = sents[idx + 1: idx + (10 if "credentials" in sent else 4)]
        if obj and (", which " in sent or ", who " in sent):
            # "held talks with the delegation, which was led by X, a member of ...": the clause the
            # object stops at tells its leader, as a later "The delegation was led by X" would
            at = sent.find(obj)
            if at >= 0 and sent.startswith((", which ", ", who "), at + len(obj)):
                later = [sent[at:]] + later
        counterparts, delegation = counterparts_of(obj, registry, later)
        if unnamed_office and any(c["name"] == p["name"] for p in principals for c in counterparts):
            continue  # (the one named next is the guest: "Ambassador Y said ...")
        counterparts = [c for c in counterparts if all(c is not p for p in principals)]
        if events and counterparts and _PRONOUN_SUBJECT.match(subj_clean):
            # "X received Y. Earlier, he held talks with Z" where Z is X's compatriot: "he" is the guest
            guest = _foreign_guest(principals[0], counterparts, events)
            if guest:
                principals = [guest]
        _counterpart_office(principals, counterparts, registry)
        if second and (counterparts or delegation):
            more, delegation2 = counterparts_of(obj2, registry, [])
            more = [c for c in more if all(c is not p for p in principals)]
            if more and delegation2:
                events.append(Event(principals, counterparts, delegation, False, verb, sent, subj_clean, between))
                counterparts, delegation = more, delegation2
        if not counterparts and delegation and _PRONOUN.match(delegation):
            told = [e for e in events if e.counterparts and e.delegation]
            if told:
                # "Y also met with the delegation on the same day": the delegation met before
                counterparts = [c for c in told[-1].counterparts if all(c is not p for p in principals)]
            elif lead_people and all(p is not lead_people[0] for p in principals) \
                    and all(p is not lead_people[0] for e in events if e.delegation for p in e.principals):
                # (not when the lead's person met the delegation too: "A met with the delegation; B had
                # a meeting with the delegation")
                # "X and party leaders met with the Chinese delegation": the one the lead says led it
                counterparts = lead_people[:1]
        if not counterparts and not delegation:
            if verb.lower() in ("visited", "visits") and " and " in sent and idx <= 1 and sent[:1] not in "\"“":
                # "Ambassador X visited Cork and met Mr. Y, the Lord Mayor": a place visited, then the
                # meeting (in the lead: further down, or quoted, it is often a past visit recalled)
                _chained_events(sent, principals, registry, later, events)
            continue
        if events and counterparts and _already_told(events, principals, counterparts):
            continue  # the same meeting told again (photo caption, recap)
        # "during meetings with A, B and C": one each; "during his meeting with A and B": one.
        separate = _is_separate(verb + " " + between) or (verb.lower().startswith("during") and verb.endswith("s")) \
            or obj.endswith(_SEPARATE_AFTER) or sent.startswith((", respectively", " respectively"), sent.find(obj) + len(obj)) \
            or subj.rstrip(" ,").endswith(_SEPARATE_AFTER)  # "X respectively met with A, B and C"
        separate = separate or (group_of_leaders and len(counterparts) == 1)
        events.append(Event(principals, counterparts, delegation, separate, verb, sent, subj_clean, between))
        registry.last = principals[0]
        _chained_events(sent, principals, registry, sents[idx + 1: idx + 4], events)
    return events


# Wire leads that tell the meeting in a phrase around the speaker: "Meeting with X in Beijing on
# Monday, Wang Yi said ...", "Wang Yi told X during talks on Thursday that ...".
_TALK_NOUNS = (r"(?:meeting|talks|talk|(?:phone|telephone|video)\s+(?:call|conversation|talks?)|conversation)")
_FRONT_MEETING = re.compile(
    # ("When meeting Togolese President X, Xi said": "with" may be left out after "when"; "While talking
    # with X", "In a separate meeting with X")
    r"^(?:(?:When|While|Upon)\s+(?:meeting|talking|speaking|holding\s+talks)(?:\s+(?P<respectively>respectively|separately))?(?:\s+with)?|(?:[Mm]eeting|[Hh]olding\s+talks)\s+with"
    # ("On August 24, 2016, after meeting with X in Tokyo, Y told the press ...")
    r"|(?:On\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:(?:19|20)\d\d,\s+)?)?[Aa]fter\s+(?:meeting|holding\s+talks)\s+with"
    r"|(?:During|In|At)\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:separate\s+|another\s+)?"
    # ("In a meeting held in Havana with X, the Cuban head of state ...")
    + _TALK_NOUNS + r"(?:\s+held\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+with)\s+(?P<obj>.{1,300}?),\s+"
    # ("visiting CPC senior official Zhou Yongkang conveyed ...")
    r"(?P<subj>(?:(?:[A-Z][\w.'-]*|and|of|the|visiting|senior|top|official|leader)\s+){0,10}?[A-Z][\w'-]+)"
    # ("..., Zhao, also minister of public security, said": the subject's office between commas)
    r"(?:,\s+(?:also\s+)?[a-z][^,]{2,250},)?\s+"
    r"(?:also\s+|first\s+|further\s+|then\s+|highly\s+)?(?:said|says|told|stressed|noted|expressed|emphasized|emphasised|called|urged|pointed|spoke|praised|"
    r"hailed|thanked|pledged|highlighted|reiterated|briefed|appreciated|conveyed|extended|welcomed|voiced|proposed|hoped|attributed|"
    r"evaluated|commended|lauded|reviewed|recalled|introduced|congratulated)\b")
_FRONT_WORDS = ("Meeting with", "When meeting", "While meeting", "Upon meeting", "Holding talks", "During a", "After meeting",
                "after meeting with",
                "While talking", "When talking", "While speaking with", "When speaking with",
                "During the", "During his", "During her", "During their", "During talks", "In a", "In the", "In his", "In her",
                "In meeting",
                "In their", "In talks", "At a", "At the", "At his", "At her", "At their", "At talks")
_TOLD_DURING = re.compile(
    r"^(?P<subj>.{1,200}?)\s+told\s+(?P<obj>.{1,250}?)\s+(?:(?:during|in|at)\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?"
    + _TALK_NOUNS + r"\b"
    # ("President X told U.S. President Y by phone on Tuesday that ...")
    r"|(?:by|over\s+the)\s+(?:tele)?phone\b)")

# '"...," Wen said during his talks with visiting Italian Prime Minister Mario Monti.'
_SAID_DURING = re.compile(
    r"(?:^|[,.\"”]\s+)(?P<subj>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+said\s+(?:during|in|at)\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?"
    + _TALK_NOUNS + r"\s+with\s+(?P<obj>.{1,250})"
    # ('"...," said Chinese Vice President X in talks with visiting Y': the speaker after "said")
    r"|[,\"”]\s+said\s+(?P<subj2>(?:[A-Z][\w.'-]*\s+){1,8}?[A-Z][\w'-]+)\s+(?:during|in|at)\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?"
    + _TALK_NOUNS + r"\s+with\s+(?P<obj2>.{1,250})")


_ACCOMPANIED_TO = re.compile(r"\s(?:also\s+)?accompanied\s+(?!by\s)(?P<who>[A-Z].+?),?\s+to$")
_HOST_THEN_PRONOUN = re.compile(r"^(?P<host>[A-Z].{2,200}?)\s+(?:warmly\s+)?(?:welcomed|received|greeted)\s+(?P<guest>[A-Z].{2,200}?)\s+and$")
_FRONT_LED = re.compile(r"^(?:Headed|Led)\s+by\s+(?P<who>.+?),\s+(?:the|a|an|his|her|their)\s+(?:[\w()-]+\s+){0,5}?delegation$")


def _said_at_talks(sent: str) -> bool:
    """Could _SAID_DURING match ("X said during his talks with", "X said in a meeting with")?"""
    return " said during " in sent or " said in a" in sent or " said at a" in sent or " said in his " in sent \
        or " said in her " in sent or " said in their " in sent or " said in the " in sent or " said at the " in sent \
        or (", said " in sent and " with " in sent)


_CHINA_ONLY_OFFICE = re.compile(r"^(?:State\s+Councilou?r|member|Member|Politburo\s+member)$")


def _counterpart_office(principals: list[Person], counterparts: list[Person], registry: Registry | None = None) -> None:
    """"his Chilean counterpart X": X holds the office the principal holds (or the one the headline
    writes with X's name: "Yang Jiechi Holds Talks with U.S. Secretary of State X")."""
    if registry is not None and (registry.headline or registry.headline_title):
        for c in counterparts:
            if (c.get("title") or "").lower() not in ("counterpart", "colleague"):
                continue
            told = registry.headline_person(c["name"])
            if told and told.get("title"):
                _merge(c, {**told, "title": None})
                c["title"] = told["title"]
    office = principals[0].get("title") if principals else None
    if office and _CHINA_ONLY_OFFICE.match(office):
        # "State Councilor and Foreign Minister Wang Yi ... his Russian counterpart X": a counterpart of
        # the foreign minister (an office no other country has is no counterpart's)
        office = next((o for o in principals[0].get("also") or [] if not _CHINA_ONLY_OFFICE.match(o)), None)
    if office and office.lower() not in ("counterpart", "colleague"):
        for c in counterparts:
            if (c.get("title") or "").lower() in ("counterpart", "colleague"):  # ("his new Chinese colleague X")
                c["title"] = office


def _after_meeting_dated(sent: str) -> bool:
    """"On August 24, 2016, after meeting with X in Tokyo, Y told the press": a wire lead behind its date."""
    return sent.startswith("On ") and (", after meeting with " in sent[:60] or ", after holding talks with " in sent[:70])


def _wire_lead(sent: str, registry: Registry, lead_people: list[Person], later: list[str]) -> Event | None:
    """The meeting of a _FRONT_MEETING or _TOLD_DURING sentence, else None."""
    m = _FRONT_MEETING.match(sent) if sent.startswith(_FRONT_WORDS) or _after_meeting_dated(sent) else None
    if m is None and " told " in sent:
        m = _TOLD_DURING.match(_SUBJECT_LEAD.sub("", sent))
    if m is None and _said_at_talks(sent):
        m = _SAID_DURING.search(sent)
    if m is None:
        return None
    groups = m.groupdict()
    subj, obj = groups.get("subj") or groups.get("subj2") or "", groups.get("obj") or groups.get("obj2") or ""
    principals = _principals(clean_subject(subj), registry, lead_people)
    if not principals:
        return None
    counterparts, delegation = counterparts_of(object_text(obj), registry, later)
    counterparts = [c for c in counterparts if all(c is not p for p in principals)]
    if not counterparts and not delegation:
        return None
    # ("When meeting respectively with A and B, X said ...": one meeting each)
    separate = len(counterparts) > 1 and bool(m.groupdict().get("respectively"))
    _counterpart_office(principals, counterparts, registry)  # ("X told his Indian counterpart Y by phone that ...")
    return Event(principals, counterparts, delegation, separate, "met", sent, subj, "")


_THE_BODYS_OFFICE = re.compile(r",\s+the\s+([a-z]+)'s\s+[a-z]")
_BODY_OF = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][\w'-]*(?:\s+(?:[A-Z(][\w'()-]*|of|the|and|for))*)")
_AND_DELEGATION = re.compile(r",?\s+and\s+(?P<second>(?:the|a|another)\s+delegation\s+(?:of|from)\s+)")


def _second_delegation(obj: str) -> tuple[int, int] | None:
    """(end of the first, start of the second) of two delegations each "led by" someone, else None."""
    if obj.count(" by ") < 2 or "delegation" not in obj:
        return None
    m = _AND_DELEGATION.search(obj)
    if not m or " by " not in obj[: m.start()] or " by " not in obj[m.end():]:
        return None
    return m.start(), m.start("second")


# "Li met with A and held talks with B": the same subject's next meeting in the same sentence.
_AND_VERB = re.compile(r"(?: and |, (?=(?:held|had) talks\b|met with\b))(?:also )?(?=(?:held|had|met|conducted|exchanged|paid|called|spoke|holding\s+talks|meeting\s+with)\b)")


def _chained_events(sent: str, principals: list[Person], registry: Registry, later: list[str],
                    events: list[Event]) -> None:
    first = find_verb(sent)
    while first is not None and (" and " in sent or ", held talks" in sent or ", had talks" in sent or ", met with" in sent):
        chained = _AND_VERB.search(sent, first.end())
        if not chained:
            return
        parts = split_event(sent, chained.end())
        if not parts or not parts[3]:
            return
        _, verb, between, obj = parts
        counterparts, delegation = counterparts_of(obj, registry, later)
        counterparts = [c for c in counterparts if all(c is not p for p in principals)]
        if (counterparts or delegation) and not (counterparts and _already_told(events, principals, counterparts)):
            events.append(Event(principals, counterparts, delegation, _is_separate(verb + " " + between),
                                verb, sent, "", between))
        first = find_verb(sent, chained.end())


_OFFICE_OPENS = re.compile(r"^[Tt]he\s+(premier|president|prime\s+minister|foreign\s+minister|minister|ambassador|"
                           r"chairman|speaker|vice\s+president|secretary-general|governor|mayor)\s+[a-z]", re.I)
# "During the visit, Gao also met with X": the visitor's programme, not an engagement of another day
_VISIT_PROGRAMME = re.compile(r"^(?:During|In the course of)\s+(?:the|his|her|their)\s+(?:visit|stay|trip)\b(?![^,]*\b(?:earlier|previously)\b)"
                               # ("Liu also called on X as part of his official visit to the country")
                               r"|\bas\s+part\s+of\s+(?:his|her|their)\s+(?:official\s+|working\s+|state\s+|goodwill\s+)?visit\b")
_WHEN_MEETING = ("When meeting ", "While meeting ", "Meeting with", "During the meeting with", "At a meeting with", "At the meeting with",
                 "During his meeting with", "During her meeting with", "In the meeting with", "In his meeting with",
                 "In her meeting with", "In a separate meeting with", "In another meeting with", "While talking with", "While speaking with", "When speaking with",
                 "When talking with", "During talks with", "During his talks with", "During her talks with",
                 "In a separate phone call with", "In a separate call with", "In another phone call with",
                 "In a separate telephone conversation with", "In a separate video call with", "In separate talks with",
                 # (a later paragraph's own meeting: "In a meeting with A, vice president of B (FSM), Ding called ...")
                 "In a meeting with", "During a meeting with", "In meeting with", "In talks with", "In his talks with", "In her talks with",
                 "In a phone call with", "In a telephone conversation with", "In a video call with")
_ON_MONTH_DAY = re.compile(r",?\s+on\s+(?P<month>" + _MONTH + r")\.?\s+\d{1,2}\b")


def _dated_apart(sent: str, lead: list[str]) -> bool:
    """Is this "During a meeting with X on Aug. 19, Y said" of a month the lead never names (background)?"""
    m = _ON_MONTH_DAY.search(sent, 0, 400) if " on " in sent else None
    return m is not None and not any(m.group("month")[:3] in s for s in lead)


_PRONOUN_SUBJECT = re.compile(r"^(?:(?:Earlier|Later|Previously|Afterwards|Then|Also),?\s+)?(?:[Hh]e|[Ss]he)(?:\s+also)?$")


_LEADERS_SUBJECT = re.compile(r"^(?:(?:Top|Senior)\s+)?(?:Chinese|China's)\s+(?:top\s+|state\s+|senior\s+)?leaders$", re.I)
_LEADER_SPEAKS = re.compile(r"^(?P<who>(?:[A-Za-z][\w'-]*\s+){1,5}?[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s+(?:also\s+)?(?:said|says|called|"
                            r"proposed|stressed|noted|urged|expressed|told|hailed|pointed|agreed|welcomed|hoped)\b")


_SPEAKER_OPENS = re.compile(r"^(?P<who>[A-Z][^,;]{2,80}?)\s+(?:also\s+)?(?:said|says|stressed|noted|expressed|told)\b")


_LEADER_THEN_VERB = re.compile(r",?\s*[-–—]?\s+(?:called|met|paid|held|visited)\s")
_DASH_APPOSITION = re.compile(r"\s*[–—]\s*|\s+-\s+")
_UNLED_DELEGATION = re.compile(r"^(?:A|An|The)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;]{2,80}$")


def _delegation_leader_named_next(later: list[str], registry: Registry) -> list[Person]:
    """The leader the next sentences give a delegation ("The delegation led by X - the Director of ... -
    called on the President"), else none."""
    for sent in later:
        lm = _LED_BY_SENTENCE.search(sent) if " by " in sent else None
        if lm:
            led = _VERB_AFTER_LEADER.sub("", lm.group("who") or lm.group("who2"))
            who = _DASH_APPOSITION.sub(", ", P._ARTICLE.sub("", _LEADER_THEN_VERB.split(led)[0])).strip(" -–—,")
            return people_in(clean_subject(who), registry)[:1]
    return []


def _named_next_or_in_headline(later: list[str], registry: Registry) -> list[Person]:
    """The one person the next sentence opens with as a speaker, else the headline's only subject."""
    lm = _SPEAKER_OPENS.match(later[0]) if later else None
    found = people_in(lm.group("who"), registry) if lm else []
    if len(found) == 1:
        return found
    if len(registry.headline) == 1:
        name = next(iter(registry.headline))
        hit = registry.find(name)
        if hit is not None:
            return [hit]
    return []


def _leaders_named_later(later: list[str], registry: Registry) -> list[Person]:
    """The officials the next paragraphs open with, office and full name ("Chinese Premier A said"):
    two or more, else none."""
    found: list[Person] = []
    for sent in later:
        m = _LEADER_SPEAKS.match(sent)
        people = P.parse_people(m.group("who")) if m else []
        if len(people) == 1 and people[0].get("title") and len(people[0]["name"].split()) >= 2 \
                and all(p["name"] != people[0]["name"] for p in found):
            found.append(registry.add(people[0]))
    return found if len(found) >= 2 else []


def _foreign_guest(host: Person, counterparts: list[Person], events: list[Event]) -> Person | None:
    """The earlier counterpart a pronoun means when the meeting it tells is with the host's compatriots."""
    country = host.get("country")
    # (a foreign host's compatriots only: for China's own officials the sources name the side)
    if not country or country == "CHN" or any(c.get("country") != country for c in counterparts):
        return None
    for e in events:
        if e.principals and e.principals[0] is host:
            for c in e.counterparts:
                if c.get("country") and c["country"] != country:
                    return c
    return None


def _principals(subject: str, registry: Registry, lead_people: list[Person]) -> list[Person]:
    principals = people_in(subject, registry) if subject else []
    if not principals and lead_people and (not subject or _PRONOUN_OR_DELEGATION.search(subject)
                                           or _UNNAMED_OFFICIAL.match(subject)):
        return [lead_people[0]]
    if not principals and subject.startswith(("the ", "The ")):
        # "During the visit, the State Councilor called on ...": the person named with that office.
        hit = registry.find_by_office(subject[4:])
        if hit:
            return [hit]
        # "The premier reiterated the Kingdom's stance while receiving ...": the office opens a clause
        om = _OFFICE_OPENS.match(subject)
        hit = registry.find_by_office(om.group(1)) if om else None
        if hit is None and om and om.group(1).lower() == "premier":
            hit = registry.find_by_office("Prime Minister")
        if hit:
            return [hit]
    elif not principals and subject[:1].isupper() and len(subject) < 40 \
            and subject.split()[0].split("-")[0].lower() in P._HEADS:
        # "Consul-General also met Vice Mayor X": the office alone, with no article
        hit = registry.find_by_office(subject)
        if hit:
            return [hit]
    if not principals and subject:
        # "Qu thoroughly publicized ... during meetings with": a known surname in the subject.
        for tok in _CAPITALISED.findall(subject):
            hit = registry.find(tok)
            if hit:
                # ("Ambassador Ma" for the headline's "Ambassador Ma Lin" took its office in people_in,
                # through _office_and_known_surname)
                return [hit]
        # "PRESIDENT Mnangagwa has received ...": an office and one name, the whole subject
        return [registry.add(p) for p in _office_then_surname(_capitalised_office(subject))]
    return principals


def _capitalised_office(subject: str) -> str:
    """"PRESIDENT Mnangagwa" → "President Mnangagwa" (an office in capitals, as some papers set the lead's first word)."""
    first, _, rest = subject.partition(" ")
    return first.capitalize() + " " + rest if rest and first.isupper() and len(first) > 2 else subject


def _already_told(events: list[Event], principals: list[Person], counterparts: list[Person]) -> bool:
    seen_c = [k for e in events for k in e.counterparts]
    seen_p = [k for e in events for k in e.principals]
    if all(any(c is k for k in seen_c) for c in counterparts) and all(any(p is k for k in seen_p) for p in principals):
        return True
    # ("In his meeting with Wang, Jang hailed ...": the meeting told before, from the other side)
    return all(any(c is k for k in seen_p) for c in counterparts) and all(any(p is k for k in seen_c) for p in principals)
