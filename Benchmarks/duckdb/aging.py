"""DuckDB (one thread) aging the rows aging-comparison wrote: the peer the engine's aging is
compared with. Prints the median of 7 runs and the bucket totals, to check both agree."""
import sys, time
import numpy as np
import duckdb

path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/aging-rows.bin"
as_of = int(sys.argv[2]) if len(sys.argv) > 2 else 20784
raw = np.fromfile(path, dtype=np.uint8)
n = len(raw) // (4 + 1 + 8 + 4)
offset = 0
def column(dtype, size):
    global offset
    values = raw[offset:offset + n * size].view(dtype)
    offset += n * size
    return values
rows = {"customer": column(np.int32, 4), "currency": column(np.uint8, 1), "amount": column(np.int64, 8), "due": column(np.int32, 4)}
con = duckdb.connect()
con.execute("SET threads = 1")
import pandas as pd
frame = pd.DataFrame(rows)
con.register("receivables", frame)
con.execute("CREATE TABLE r AS SELECT * FROM receivables")
query = f"""
SELECT currency,
       CASE WHEN {as_of} - due <= 0 THEN 0 WHEN {as_of} - due <= 30 THEN 1 WHEN {as_of} - due <= 60 THEN 2
            WHEN {as_of} - due <= 90 THEN 3 WHEN {as_of} - due <= 180 THEN 4 ELSE 5 END AS bucket,
       sum(amount) AS total, count(*) AS n
FROM r WHERE amount > 0 GROUP BY ALL ORDER BY ALL
"""
runs = []
for _ in range(7):
    start = time.perf_counter()
    result = con.execute(query).fetchall()
    runs.append(time.perf_counter() - start)
runs.sort()
print(f"duckdb {duckdb.__version__} (1 thread) aging of {n} rows: median {runs[3]:.4f} s, best {runs[0]:.4f} s")
for currency in (0, 1):
    print(f"  {'CNY' if currency == 0 else 'USD'}: " + " ".join(str(t) for c, b, t, k in result if c == currency))
