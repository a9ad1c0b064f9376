"""Budget (/budget): the Special Account by account (exact 2015–2020), other years, what changed, its structure.

Links: ?view=amount|share|change, ?prices=nominal|real, ?accounts=local_support,jeju,… (a comma list),
?from=2005…2026 and ?to=2005…2026 (the years of every chart on the page).
"""

from components.page import page_context
from components.sections import budget as sections

ctx = page_context()

# 1. Title
sections.budget_header(ctx)

# 2. Province lens: the figures are national; links to what exists for the chosen province
if ctx.province:
    sections.budget_province_lens(ctx)

# 3. The data: a file that cannot be read is named once, here; the sections that need it are skipped
budget = sections.budget_seed_table(ctx)
deflator = sections.budget_deflator(ctx)
changes = sections.budget_change_notes(ctx, budget)

# 4. Selection, kept in the URL (a bad value gets a notice and the default)
selection = sections.budget_selection(ctx, budget)

# 5. The accounts by year (the exact MOEF table, 2015–2020)
sections.budget_accounts_block(ctx, selection, budget, deflator, changes)

# 6. What changed and why: the seed's four notes, at the years the table shows them
sections.budget_change_cards(ctx, budget, changes)

# 7. Other years: totals by precision, and the account's renamings on the time axis
sections.budget_long_run(ctx, selection, budget, deflator)

# 8. Account figures after 2020: only the fragments that were found, by stage
sections.budget_fragments(ctx, budget)

# 9. Structure of the account: accounts × formulation method (①…⑧)
sections.budget_structure(ctx, budget)

# 10. Check (the accounts add up to the total) and summary
sections.budget_check_and_summary(ctx, budget, deflator)
