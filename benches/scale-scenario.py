#!/usr/bin/env python3
"""A copy of a route scenario scaled by a factor, for measuring how the engine's cost per
event grows with the number of people (README, Performance):

    python3 benches/scale-scenario.py 0.01 scenarios/balkan-route-90d.ron > /tmp/balkan-1e4.ron

Arrival rates and surges are multiplied by the factor; places' capacities, queue limits,
lanes, desks, officers and vehicle counts too, rounded up and at least 1, so the smaller
copies queue and shelter in proportion (not exactly: a BCP of 16 lanes keeps 1 at 1 %).
Times, routes and shares are unchanged. Writes to standard output only.
"""
import math
import re
import sys
f = float(sys.argv[1]); src = open(sys.argv[2]).read()
def ci(m):  # integer capacity-like: scale, round up, at least 1
    return m.group(1) + str(max(1, math.ceil(int(m.group(2)) * f)))
src = re.sub(r'(\(\s*"\d+d"\s*,\s*)([0-9.]+)', lambda m: m.group(1) + ("%.4f" % (float(m.group(2)) * f)), src)
for key in ["people: ", "capacity: ", "surge_capacity: ", "queue_limit: Some\\(", "lanes: ", "desks: ", "officers: ", "count: "]:
    src = re.sub(r'(\b' + key + r')(\d+)', ci, src)
sys.stdout.write(src)
