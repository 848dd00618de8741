"""The ``antq`` command line: the parser, one handler per subcommand, and text rendering."""
