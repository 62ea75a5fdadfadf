from ... import nothing_above
