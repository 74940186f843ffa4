"""huiyi export on Dask: one huiyi process per partition, the records gathered or written per partition.

  python3 dask_export.py [--scheduler ADDRESS] [--workers 2] [--out DIR] INPUT...

INPUT is a folder of reports (its .txt files, in partitions of --partition-size paths), or files of
lines, one partition per file: paths of reports, or JSON Lines {"id", "text"} (huiyi tells them
apart). Without --scheduler, a LocalCluster of --workers processes. Every worker runs HUIYI
(default: huiyi, on PATH; e.g. HUIYI="node /path/to/huiyi/dist/cli.js").
"""
import argparse, glob, os, shlex, subprocess, sys

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

HUIYI = shlex.split(os.environ.get("HUIYI", "huiyi")) + ["export", "--jobs", "1", "--quiet", "-"]


def export_partition(lines):
    """One partition's lines (paths or {id, text} records) in, its meeting records (JSON lines) out."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    run = subprocess.run(HUIYI, input=data.encode("utf-8"), capture_output=True)
    if run.returncode != 0:  # 1: an input could not be read; the task fails, as in Spark and Hadoop
        raise RuntimeError(f"huiyi exited with {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
    out = run.stdout.decode("utf-8")
    return out.split("\n")[:-1]  # not splitlines(): a record may hold U+2028 or U+0085


def write_partition(lines, path):
    with open(path, "w", encoding="utf-8", newline="") as f:  # an empty partition: an empty file
        f.writelines(line + "\n" for line in lines)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--scheduler", help="a running scheduler's address (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=1000)
    ap.add_argument("--out", help="write one DIR/NNN.jsonl per partition instead of gathering")
    args = ap.parse_args()
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(args.scheduler or cluster):
        if os.path.isdir(args.inputs[0]):
            paths = sorted(glob.glob(os.path.join(args.inputs[0], "**", "*.txt"), recursive=True))
            bag = db.from_sequence(paths, partition_size=args.partition_size)
        else:
            bag = db.read_text(args.inputs, blocksize=None, encoding="utf-8")  # a partition per file
        records = bag.map_partitions(export_partition)
        if args.out:
            os.makedirs(args.out, exist_ok=True)
            parts = records.to_delayed()
            dask.compute(*[dask.delayed(write_partition)(p, os.path.join(args.out, f"{i:05}.jsonl")) for i, p in enumerate(parts)])
        else:
            for line in records.compute():
                sys.stdout.write(line + "\n")
    if cluster:
        cluster.close()


if __name__ == "__main__":
    main()
