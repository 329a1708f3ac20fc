"""Altair charts of the dashboard: DataFrames in, charts with titled axes out (no I/O).

Vega-Lite is bundled with Streamlit, so the charts render offline; there is no map because
map tiles would need a tile server, and a ranked bar chart answers "who meets whom most" better.
"""

from __future__ import annotations

import altair as alt
import pandas as pd


def monthly_bars(df: pd.DataFrame, series_title: str) -> alt.Chart:
    """Stacked bars of meetings per month; `df` has month, series, meetings."""
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("yearmonth(month):T", title="Month", axis=alt.Axis(format="%b %Y")),
            y=alt.Y("sum(meetings):Q", title="Meetings"),
            color=alt.Color("series:N", title=series_title,
                            legend=alt.Legend(orient="top")),
            tooltip=[alt.Tooltip("yearmonth(month):T", title="Month", format="%B %Y"),
                     alt.Tooltip("series:N", title=series_title),
                     alt.Tooltip("sum(meetings):Q", title="Meetings")],
        )
        .properties(height=300)
    )


def ranked_bars(df: pd.DataFrame, label: str, label_title: str, value: str = "meetings",
                value_title: str = "Meetings") -> alt.Chart:
    """Horizontal bars, largest first; one bar per row of `df`."""
    return (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y(f"{label}:N", sort="-x", title=label_title,
                    axis=alt.Axis(labelLimit=260, labelOverlap=False)),
            x=alt.X(f"{value}:Q", title=value_title),
            tooltip=[alt.Tooltip(f"{label}:N", title=label_title),
                     alt.Tooltip(f"{value}:Q", title=value_title)],
        )
        .properties(height=alt.Step(22))
    )


def title_timeline(df: pd.DataFrame) -> alt.Chart:
    """One bar per title held, from valid_from to valid_to (`until` fills open ends)."""
    return (
        alt.Chart(df)
        .mark_bar(cornerRadius=3)
        .encode(
            x=alt.X("valid_from:T", title="Held from – to"),
            x2="until:T",
            y=alt.Y("held:N", title=None, sort=alt.EncodingSortField("valid_from"),
                    axis=alt.Axis(labelLimit=360, labelOverlap=False)),
            tooltip=[alt.Tooltip("held:N", title="Title"),
                     alt.Tooltip("valid_from:T", title="From"),
                     alt.Tooltip("valid_to:T", title="To")],
        )
        .properties(height=alt.Step(28))
    )
