# errors: uncaught KeyError with a tuple key; the message shows the repr of the key
grid = {(0, 0): "start", (0, 1): "path"}
for pos in [(0, 0), (0, 1)]:
    print(pos, grid[pos])
print(grid[(1, 1)])
