"""Vision (/vision): the 4th plan's hierarchy (vision → goal → 3 strategies → 9 key tasks), its frame, numbers,
financing, reported measures, project areas, the timeline of plans and a province lens.

Links: ``?strategy=people|space|industry`` focuses a strategy, ``?task=1-1..3-3`` a key task.
"""

from components.page import page_context
from components.sections import vision as sections

ctx = page_context()

# 1. Title
sections.vision_header(ctx)

# 2. Selection from the link (?strategy=, ?task=): notices for values it cannot use
selection = sections.vision_link_selection(ctx)

# 3. The plan's data: the tree, the key tasks' summaries, the frame
plan = sections.vision_plan_data(ctx)

# 4. Controls: the strategy, and its key tasks (kept in the URL)
sections.vision_controls(ctx, plan, selection)

# 5. The hierarchy: vision and goal, the tree with the focused branch
sections.vision_hierarchy(ctx, plan, selection)

# 6. The 3 strategies and 9 key tasks, in blocks
sections.vision_strategy_blocks(ctx, plan, selection)

# 7. The measures the press reported under each key task
measures = sections.vision_reported_measures(ctx, plan)

# 8. The chosen key task in detail
sections.vision_task_detail(ctx, plan, measures, selection)

# 9. The frame: policy goals, innovative tasks, key values
sections.vision_frame(ctx, plan)

# 10. The plan in numbers and its financing
sections.vision_numbers_and_financing(ctx, plan)

# 11. The action tasks (a count only) and the reported measures, labelled as such
sections.vision_action_tasks(ctx, plan, measures, selection)

# 12. The project areas
sections.vision_project_areas(ctx)

# 13. The timeline of plans and the Local Era plan's strategies
sections.vision_timeline(ctx)

# 14. The chosen province's innovation city and policies
sections.vision_province_lens(ctx)
