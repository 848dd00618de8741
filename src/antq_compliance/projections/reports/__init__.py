"""Provincial reports: the movement's figures per province (or commune) and year."""
