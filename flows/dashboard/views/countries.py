"""Countries: all counterpart countries ranked, then one country's organizations and meetings.

A ranked bar chart rather than a map: maps need tile servers, and this runs offline.
"""

import dataclasses

import streamlit as st

from flows.dashboard import charts, data
from flows.dashboard.cache import q
from flows.dashboard.sidebar import current_filters
from flows.dashboard.tables import meeting_detail, meetings_caption, meetings_table
from flows.dashboard.text import md

f = current_filters()
st.title("Countries")

ranking = q(data.top_countries, f, None)
if ranking.empty:
    st.info("No meeting with a foreign counterpart matches the filters.")
    st.stop()
st.subheader("Counterpart countries by number of meetings")
st.altair_chart(charts.ranked_bars(ranking, "country", "Country"), width="stretch")

codes = list(ranking["country_code"])
names = dict(zip(ranking["country_code"], ranking["country"]))
if st.session_state.get("country_pick") not in names:
    st.session_state["country_pick"] = codes[0]
code = st.selectbox("Country", codes, format_func=lambda c: f"{names.get(c, c)} ({c})",
                    key="country_pick", index=None)
st.header(md(names.get(code, code)))

left, right = st.columns([1, 1])
with left:
    st.subheader("Organizations met")
    orgs = q(data.top_organizations, f, 20, country_code=code)
    st.altair_chart(charts.ranked_bars(orgs, "organization", "Organization"), width="stretch")
with right:
    st.subheader("Meetings per month")
    country_filters = dataclasses.replace(f, countries=(code,))
    st.altair_chart(charts.monthly_bars(q(data.meetings_per_month, country_filters, "source"),
                                        "Source"), width="stretch")

st.subheader("Meetings")
meetings = q(data.country_meetings, code, f, 200)
st.caption(meetings_caption(meetings, 200))
meetings_table(meetings, key="country_meetings")
meeting_detail(meetings, key="country_detail")
