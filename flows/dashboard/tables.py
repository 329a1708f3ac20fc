"""Tables and the meeting detail panel shared by the pages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from flows.dashboard import data
from flows.dashboard.cache import q
from flows.dashboard.text import label, md, safe_url

MEETING_COLUMNS = {
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
    "title": st.column_config.TextColumn("Title", width="large"),
    "counterparts": st.column_config.TextColumn("Counterparts", width="medium"),
    "chinese_side": st.column_config.TextColumn("Chinese side"),
    "url": st.column_config.LinkColumn("Source page", display_text="open ↗", width="small"),
    "kind": st.column_config.TextColumn("Kind", width="small"),
    "mode": st.column_config.TextColumn("Mode", width="small"),
    "location": st.column_config.TextColumn("Location", width="small"),
    "reports": st.column_config.NumberColumn("Reports", width="small",
                                             help="Releases reporting this meeting"),
    "sources": st.column_config.TextColumn("Sources", width="small"),
}


def _day(value: object) -> str:
    return str(pd.Timestamp(value).date()) if pd.notna(value) else "undated"


def meetings_caption(df: pd.DataFrame, limit: int) -> str:
    """Says how many meetings the list holds, and whether it was cut at `limit`."""
    if len(df) >= limit:
        return f"The newest {limit:,} meetings that match the filters."
    return f"{len(df):,} meetings match the filters." if len(df) else "No meeting matches."


def meetings_table(df: pd.DataFrame, key: str) -> None:
    """The meeting list, newest first, with a link to each meeting's source page."""
    shown = df.assign(kind=df["kind"].map(label), mode=df["mode"].map(label),
                      url=df["url"].map(safe_url))
    st.dataframe(shown, column_config=MEETING_COLUMNS, column_order=list(MEETING_COLUMNS),
                 hide_index=True, key=key)


def meeting_detail(df: pd.DataFrame, key: str) -> None:
    """Who took part and what was said, for one meeting of `df` picked by the user.

    Picked from a selectbox rather than a table click so the choice is a plain widget value;
    the newest meeting is shown until the user picks another.
    """
    if df.empty:
        return
    labels = {k: f"{_day(d)} · {t}" for k, d, t in zip(df["meeting_key"], df["date"], df["title"])}
    if st.session_state.get(key) not in labels:  # e.g. the filters or a new publish moved on
        st.session_state[key] = next(iter(labels))
    picked = st.selectbox("Meeting details", list(labels), key=key, index=None,
                          format_func=lambda k: labels.get(k, str(k)))
    row = df[df["meeting_key"] == picked].iloc[0]
    st.markdown(f"**{md(row['title'])}**")
    when = _day(row["date"])
    place = row["location"] if pd.notna(row["location"]) else "place not given"
    st.caption(md(f"{when} · {label(row['kind'])} · {label(row['mode'])} · {place} · "
                  f"reported by {row['sources']}"))
    if safe_url(row["url"]):
        st.link_button("Open the source page", safe_url(row["url"]))
    detail = q(data.meeting_detail, row["meeting_key"])
    participants = detail["participants"].assign(role=lambda d: d["role"].map(label))
    st.dataframe(participants, hide_index=True,
                 column_config={"side": "Side", "role": "Role", "name": "Name",
                                "title": "Title", "organization": "Organization",
                                "country_code": "Country"})
    for _, s in detail["statements"].iterrows():
        st.markdown(f"> {md(s['text'])}  \n> — {md(s['speaker'])}")
