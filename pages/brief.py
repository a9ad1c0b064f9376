"""Province brief (/brief): one province's own story on one A4 page — to read, print or download as a PDF.

Links: ?province=KR-46&lang=en (the sidebar's province; without one, the page asks for it).
"""

from components.page import page_context, page_css
from components.sections import brief as sections

ctx = page_context()
page_css("brief")  # the sheet's look, and one clean A4 page when printed

# 1. Title, and the province (the sidebar's; a picker here when none is chosen)
province = sections.brief_header(ctx)

# 2. The brief's figures, assembled once for the page and its PDF
brief = sections.brief_contents(ctx, province)

# 3. PDF download (built when clicked), how to print, the comparison with other provinces
sections.brief_actions(ctx, brief)

# 4. The sheet: the province, capital region or not, date and link
sections.brief_title_block(ctx, brief)

# 5. Key figures: population and share, its change, GRDP and per person — rank among 17, gap, source
sections.brief_figures(ctx, brief)

# 6. Innovation city and relocated institutions; balanced-development policies
sections.brief_relocation_and_policies(ctx, brief)

# 7. Two or three small charts, each with its table, downloads and text alternative
sections.brief_charts(ctx, brief)

# 8. Sources, numbered as in the PDF
sections.brief_sources(ctx, brief)
