# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
"""What the reference scripts share: Debian's single-threaded OpenBLAS when it is installed,
and the measure lines that benchmarks/run-all gathers into its table.

Debian's NumPy and PyTorch call the system BLAS and LAPACK, by default the slow reference ones
(about 16x slower here); libopenblas0-serial puts OpenBLAS in OPENBLAS_DIR. Only this process
uses it: the system-wide choice (update-alternatives) need not change.
"""

import os
import sys

OPENBLAS_DIR = "/usr/lib/x86_64-linux-gnu/openblas-serial"


def use_openblas():
    """Re-executes the running script with OpenBLAS first on the library path, if installed."""
    path = os.environ.get("LD_LIBRARY_PATH", "")
    if os.path.isdir(OPENBLAS_DIR) and OPENBLAS_DIR not in path.split(":"):
        env = dict(os.environ, LD_LIBRARY_PATH=":".join(filter(None, [OPENBLAS_DIR, path])))
        os.execve(sys.executable, [sys.executable] + sys.argv, env)


def measure(what, value, unit):
    """One row of run-all's table, in the format of benchmarks/include/paperlab/benchmeasure.h."""
    print(f"measure\t{what}\t{value:.4g}\t{unit}\t", flush=True)
