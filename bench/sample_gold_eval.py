"""Score extraction and linking on the bundled sample corpus against examples/sample-gold.

Run: .venv/bin/python bench/sample_gold_eval.py [--show]  (the same as bench/eval_gold.py with
its defaults; see that script for how figures are matched).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.argv[0] = str(Path(__file__).with_name("eval_gold.py"))
    runpy.run_path(sys.argv[0], run_name="__main__")
