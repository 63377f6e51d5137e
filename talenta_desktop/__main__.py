"""`python -m talenta_desktop` and the `talenta-desktop` command open the GUI."""

import sys


def main() -> int:
    from talenta_desktop.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
