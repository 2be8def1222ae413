"""Words for performance figures (DOMAIN §9): who may see whose figures, periods, drill-downs and sales plans.

`unknown_staff` (complaints.py) and `unknown_branch` (auth.py) are worded where they were first needed.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = {
    "figures_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Administrators have no performance figures: sign in as branch staff to see them."
    ),
    "figures_of_others_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "You can only see your own figures; a supervisor sees everyone's."
    ),
    "unknown_cadence": QT_TRANSLATE_NOOP(
        "Messages", "Unknown period {value}: use day, week, xun, month, quarter or year."
    ),
    "period_reversed": QT_TRANSLATE_NOOP("Messages", "The period ends ({last}) before it begins ({first})."),
    "period_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The period begins on {first}, which is still to come: there are no figures yet."
    ),
    "period_needs_both_ends": QT_TRANSLATE_NOOP(
        "Messages", "A period typed by hand needs both its first day (--from) and its last day (--to)."
    ),
    "period_day_or_range": QT_TRANSLATE_NOOP(
        "Messages", "Give either a day (--day) or a period (--from and --to), not both."
    ),
    "unknown_tier": QT_TRANSLATE_NOOP("Messages", "Unknown tier {value}: use T0, T1, T2, T3, T4 or T5."),
    "unknown_figure": QT_TRANSLATE_NOOP("Messages", "Unknown figure {value}: use {allowed}."),
    "unknown_plan_metric": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown plan metric {value}: use deposit_growth, new_customers, wealth_sales, fund_sales, "
        "insurance_sales, gold_sales, agreements or referrals_converted.",
    ),
    "plan_target_malformed": QT_TRANSLATE_NOOP(
        "Messages", "The target {value} is not an amount in yuan with at most two decimals."
    ),
    "plan_target_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The target {value} must be above zero and below a trillion."
    ),
    "plan_target_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "The target {value} counts customers or documents: enter a whole number."
    ),
    "plans_need_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "Only a supervisor or the branch head can set or delete sales plans."
    ),
    "unknown_plan": QT_TRANSLATE_NOOP("Messages", "There is no sales plan {id}."),
}
