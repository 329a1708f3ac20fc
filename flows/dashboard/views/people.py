"""A person: the titles they held over time, their meetings and whom they met."""

import pandas as pd
import streamlit as st

from flows.dashboard import charts, data
from flows.dashboard.cache import q
from flows.dashboard.sidebar import current_filters
from flows.dashboard.tables import meeting_detail, meetings_caption, meetings_table
from flows.dashboard.text import md

f = current_filters()
st.title("People")

people = q(data.people_index)
if people.empty:
    st.info("The warehouse holds no people yet.")
    st.stop()
keys = list(people["person_key"])
names = dict(zip(people["person_key"], people["name"] + " (" +
                 people["country_code"].fillna("no country") + ")"))
# The search page sets `person_key` to open a person here.
wanted = st.session_state.get("person_key")
if wanted in names:
    st.session_state["people_pick"] = wanted
elif st.session_state.get("people_pick") not in names:
    st.session_state["people_pick"] = next(iter(names))
person_key = st.selectbox("Person", keys, format_func=lambda k: names.get(k, str(k)),
                          key="people_pick", index=None, help="Most active first; type to search.")
st.session_state["person_key"] = person_key

profile = q(data.person_profile, person_key) or {}
st.header(md(profile.get("canonical_name", "?")))
variants = [v for v in (profile.get("name_variants") or []) if v != profile.get("canonical_name")]
st.caption(md(f"Country: {profile.get('country_code') or 'not given'} · also written: "
              f"{', '.join(variants) if variants else 'no other spelling'}"))
c1, c2, c3 = st.columns(3)
c1.metric("Meetings (all time)", f"{int(profile.get('meeting_count') or 0):,}")
for col, name, field in ((c2, "First seen", "first_seen"), (c3, "Last seen", "last_seen")):
    value = profile.get(field)
    col.metric(name, pd.Timestamp(value).strftime("%Y-%m-%d") if pd.notna(value) else "—")

st.subheader("Title history")
roles = q(data.person_roles, person_key)
if roles.empty:
    st.caption("No title recorded.")
else:
    end = profile.get("last_seen")
    timeline = roles.assign(
        held=roles["title"].fillna("?") + " — " + roles["organization"].fillna("?"),
        until=roles["valid_to"].fillna(pd.Timestamp(end) if pd.notna(end) else pd.NaT))
    timeline = timeline[timeline["valid_from"].notna()]
    if not timeline.empty:
        st.altair_chart(charts.title_timeline(timeline), width="stretch")
    st.dataframe(roles, hide_index=True, column_config={
        "title": "Title", "organization": "Organization",
        "valid_from": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
        "valid_to": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
        "observations": st.column_config.NumberColumn(
            "Observations", help="Releases that gave this title")})

left, right = st.columns([2, 1])
with right:
    st.subheader("Met most often")
    counterparts = q(data.person_counterparts, person_key, f, 15)
    if counterparts.empty:
        st.caption("No meeting matches the filters.")
    else:
        st.altair_chart(charts.ranked_bars(counterparts, "name", "Person"), width="stretch")
with left:
    st.subheader("Meetings")
    meetings = q(data.person_meetings, person_key, f, 200)
    st.caption(meetings_caption(meetings, 200))
    meetings_table(meetings, key="people_meetings")
meeting_detail(meetings, key="people_detail")
