"""``python -m antq_compliance.cli``: the ``antq`` command."""

from antq_compliance.cli.main import main

raise SystemExit(main())
