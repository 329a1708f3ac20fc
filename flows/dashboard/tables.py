"""Tables and the meeting detail panel shared by the pages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from flows.dashboard import data
from flows.dashboard.cache import q
from flows.dashboard.text import label, md

MEETING_COLUMNS = {
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
    "title": st.column_config.TextColumn("Title", width="large"),
    "chinese_side": st.column_config.TextColumn("Chinese side"),
    "counterparts": st.column_config.TextColumn("Counterparts"),
    "kind": st.column_config.TextColumn("Kind", width="small"),
    "mode": st.column_config.TextColumn("Mode", width="small"),
    "url": st.column_config.LinkColumn("Source page", display_text="open ↗", width="small"),
    "location": st.column_config.TextColumn("Location", width="small"),
    "reports": st.column_config.NumberColumn("Reports", width="small",
                                             help="Releases reporting this meeting"),
    "sources": st.column_config.TextColumn("Sources", width="small"),
}


def meetings_caption(df: pd.DataFrame, limit: int) -> str:
    """Says how many meetings the list holds, and whether it was cut at `limit`."""
    if len(df) >= limit:
        return f"The newest {limit:,} meetings that match the filters."
    return f"{len(df):,} meetings match the filters." if len(df) else "No meeting matches."


def meetings_table(df: pd.DataFrame, key: str) -> None:
    """The meeting list, newest first, with a link to each meeting's source page."""
    shown = df.assign(kind=df["kind"].map(label), mode=df["mode"].map(label))
    st.dataframe(shown, column_config=MEETING_COLUMNS, column_order=list(MEETING_COLUMNS),
                 hide_index=True, key=key)


def meeting_detail(df: pd.DataFrame, key: str) -> None:
    """Who took part and what was said, for one meeting of `df` picked by the user.

    Picked from a selectbox rather than a table click so the choice is a plain widget value;
    the newest meeting is shown until the user picks another.
    """
    if df.empty:
        return
    options = list(range(len(df)))
    pick = st.selectbox(
        "Meeting details", options, key=key,
        format_func=lambda i: f"{pd.Timestamp(df['date'].iloc[i]).date() if pd.notna(df['date'].iloc[i]) else 'undated'} · {df['title'].iloc[i]}")
    row = df.iloc[pick]
    st.markdown(f"**{md(row['title'])}**")
    when = pd.Timestamp(row["date"]).date() if pd.notna(row["date"]) else "undated"
    place = row["location"] if pd.notna(row["location"]) else "place not given"
    st.caption(md(f"{when} · {label(row['kind'])} · {label(row['mode'])} · {place} · "
                  f"reported by {row['sources']}"))
    if isinstance(row["url"], str):
        st.link_button("Open the source page", row["url"])
    detail = q(data.meeting_detail, row["meeting_key"])
    participants = detail["participants"].assign(role=lambda d: d["role"].map(label))
    st.dataframe(participants, hide_index=True,
                 column_config={"side": "Side", "role": "Role", "name": "Name",
                                "title": "Title", "organization": "Organization",
                                "country_code": "Country"})
    for _, s in detail["statements"].iterrows():
        st.markdown(f"> {md(s['text'])}  \n> — {md(s['speaker'])}")
