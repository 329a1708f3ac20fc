"""Overview: how many meetings, when, with whom, the newest ones, and how fresh the data is."""

import pandas as pd
import streamlit as st

from flows.dashboard import charts, data
from flows.dashboard.cache import q
from flows.dashboard.sidebar import current_filters
from flows.dashboard.tables import meeting_detail, meetings_table
from flows.dashboard.text import label, md

f = current_filters()
st.title("Diplomatic meetings")
st.markdown("Meetings of Chinese party and state officials with foreign counterparts, as "
            "the ministries' English press releases report them. A meeting reported by "
            "several releases is counted once.")

info = q(data.publish_info)
if info:
    published = pd.Timestamp(info["published_at"]).strftime("%Y-%m-%d %H:%M UTC")
    st.caption(md(f"Data published {published} by run {info['run_id']} · "
                  f"{int(info['releases']):,} releases · {int(info['meetings']):,} meetings · "
                  f"parser {info['parser_version']}"))

counts = q(data.summary, f)
cols = st.columns(4)
cols[0].metric("Meetings", f"{counts['meetings']:,}")
cols[1].metric("Counterpart countries", f"{counts['countries']:,}")
cols[2].metric("Counterpart organizations", f"{counts['organizations']:,}")
cols[3].metric("Chinese officials", f"{counts['officials']:,}")

if counts["meetings"] == 0:
    st.info("No meeting matches the filters. Widen the date range or clear a filter.")
    st.stop()

st.subheader("Meetings per month")
by = st.segmented_control("Break down by", ["source", "kind", "mode"], default="source",
                          format_func=str.capitalize, key="overview_by") or "source"
monthly = q(data.meetings_per_month, f, by)
if by != "source":
    monthly = monthly.assign(series=monthly["series"].map(label))
st.altair_chart(charts.monthly_bars(monthly, by.capitalize()), width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("Top counterpart countries")
    countries = q(data.top_countries, f, 15)
    st.altair_chart(charts.ranked_bars(countries, "country", "Country"), width="stretch")
with right:
    st.subheader("Top counterpart organizations")
    orgs = q(data.top_organizations, f, 15)
    st.altair_chart(charts.ranked_bars(orgs, "organization", "Organization"), width="stretch")

st.subheader("Latest meetings")
latest = q(data.latest_meetings, f, 50)
meetings_table(latest, key="overview_latest")
meeting_detail(latest, key="overview_detail")
