"""The office's progress board (issue 20): read-only pages for people at /board/."""
