"""An organization: its people, the Chinese officials who met it, and its meetings."""

import streamlit as st

from flows.dashboard import charts, data
from flows.dashboard.cache import q
from flows.dashboard.sidebar import current_filters
from flows.dashboard.tables import meeting_detail, meetings_caption, meetings_table
from flows.dashboard.text import label, md

f = current_filters()
st.title("Organizations")

orgs = q(data.organizations_index)
if orgs.empty:
    st.info("The warehouse holds no organizations yet.")
    st.stop()
names = dict(zip(orgs["org_key"], orgs["name"] + " (" + orgs["country_code"].fillna("intl.")
                 + ")"))
wanted = st.session_state.get("org_key")
if wanted in names:
    st.session_state["orgs_pick"] = wanted
elif st.session_state.get("orgs_pick") not in names:
    st.session_state["orgs_pick"] = next(iter(names))
org_key = st.selectbox("Organization", list(names), format_func=lambda k: names.get(k, str(k)),
                       key="orgs_pick", index=None, help="Most met first; type to search.")
st.session_state["org_key"] = org_key

profile = q(data.organization_profile, org_key) or {}
st.header(md(profile.get("name", "?")))
st.caption(md(f"{label(profile.get('sector'))} · country: "
              f"{profile.get('country_code') or 'international / not given'}"
              + (f" · acronym: {profile['acronym']}" if profile.get("acronym") else "")))

left, right = st.columns([1, 1])
with left:
    st.subheader("Chinese officials met")
    officials = q(data.organization_officials, org_key, f)
    if profile.get("country_code") == "CHN":
        st.caption("A Chinese organization: its officials are on the Chinese side of the "
                   "table; see the People page for whom they met.")
    elif officials.empty:
        st.caption("No meeting matches the filters.")
    else:
        st.altair_chart(charts.ranked_bars(officials, "name", "Official"), width="stretch")
with right:
    st.subheader("People of this organization")
    st.dataframe(q(data.organization_people, org_key), hide_index=True,
                 column_order=["name", "title", "valid_from", "valid_to"], column_config={
                     "name": "Name", "title": "Title",
                     "valid_from": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
                     "valid_to": st.column_config.DateColumn("To", format="YYYY-MM-DD")})

st.subheader("Meetings")
meetings = q(data.organization_meetings, org_key, f, 200)
st.caption(meetings_caption(meetings, 200))
meetings_table(meetings, key="orgs_meetings")
meeting_detail(meetings, key="orgs_detail")
