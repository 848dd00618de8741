"""The specification report laid out: one self-contained HTML page and one Markdown file."""
