#!/usr/bin/python3
"""Many disclosures on a Dask cluster: a dask.bag of paths mapped through gongkai.tidy, written
as partitioned CSV (OUTDIR/tidy-0000.csv, tidy-0001.csv …, replacing an earlier run's; each with the columns and the text of
tidy.csv: exact decimals, codes as text, empty for NULL).

    PYTHONPATH=build/python python/examples/dask_batch.py corpus/ -o out-dask --local-workers 2
    PYTHONPATH=build/python python/examples/dask_batch.py /data/pdfs -o /shared/out \\
        --scheduler tcp://scheduler:8786

On a real cluster every worker needs gongkai importable (the same build, PYTHONPATH) and OUTDIR
must be a folder every worker can write (each writes its own partitions). A file that cannot be
converted is named on stderr with its error and the batch goes on; the exit code is then 1.
"""

import argparse
import pathlib
import sys

import dask
import dask.bag
import distributed
import pandas as pd

import gongkai


def find_inputs(arguments):
    """(path, document) of every .pdf and .txt: document is the path below the folder given, or a
    file's name, as the command line keys it in tidy.csv."""
    found = []
    for argument in arguments:
        given = pathlib.Path(argument)
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                if path.is_file() and path.suffix.lower() in (".pdf", ".txt"):
                    found.append((str(path), path.relative_to(given).as_posix()))
        else:
            found.append((str(given), given.name))
    return found


def tidy_one(item):
    """The tidy rows of one file, or its error (the batch goes on)."""
    path, document = item
    try:
        return gongkai.tidy(path, document=document), None
    except gongkai.Error as error:
        return None, str(error)


def as_csv_text(frame):
    """The CSV's spelling of each field, as tidy.csv writes it."""
    frame = frame.copy()
    for name in frame.columns:
        if frame[name].dtype == bool:
            frame[name] = frame[name].map({True: "true", False: "false"})
    return frame


def write_partition(results, path):
    """One partition of the bag (its files' rows) as one CSV; returns (rows, errors)."""
    frames = [frame for frame, _ in results if frame is not None]
    errors = [error for _, error in results if error]
    if frames:
        frame = as_csv_text(pd.concat(frames, ignore_index=True))
    else:
        frame = pd.DataFrame(columns=gongkai.tidy_columns())
    frame.to_csv(path, index=False)  # Decimal as its exact text, <NA> and None as empty
    return len(frame), errors


def run(inputs, out, client, partitions):
    files = find_inputs(inputs)
    if not files:
        raise SystemExit("no .pdf or .txt input found")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("tidy-*.csv"):  # an earlier run's partitions, which may be more
        stale.unlink()
    bag = dask.bag.from_sequence(files, npartitions=min(len(files), partitions))
    results = bag.map(tidy_one)
    writes = [
        dask.delayed(write_partition)(part, str(out / f"tidy-{i:04d}.csv"))
        for i, part in enumerate(results.to_delayed())
    ]
    done = client.compute(writes, sync=True)
    rows = sum(n for n, _ in done)
    errors = [e for _, part_errors in done for e in part_errors]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"{len(files) - len(errors)} of {len(files)} files converted, {rows} rows "
          f"in {len(writes)} partitions in {out}", file=sys.stderr)
    return 1 if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="PDFs, .txt files or folders (searched)")
    parser.add_argument("-o", "--output", required=True, type=pathlib.Path, help="output folder")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local-workers", type=int, default=2,
                       help="without --scheduler: worker processes of a local cluster (2)")
    parser.add_argument("--memory-limit", default="1GiB", help="per local worker (1GiB)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="CSV partitions (default: 2 per worker)")
    args = parser.parse_args()

    if args.scheduler:
        with distributed.Client(args.scheduler) as client:
            workers = max(1, len(client.scheduler_info()["workers"]))
            return run(args.inputs, args.output, client, args.partitions or 2 * workers)
    # One thread per worker process: gongkai releases the GIL, but processes also keep one
    # file's memory apart from another's.
    with distributed.LocalCluster(n_workers=args.local_workers, threads_per_worker=1,
                                  processes=True, memory_limit=args.memory_limit,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        return run(args.inputs, args.output, client, args.partitions or 2 * args.local_workers)


if __name__ == "__main__":
    sys.exit(main())
