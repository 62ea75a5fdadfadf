# errors: a 21st statically nested block is a SyntaxError before anything runs
print("never printed")
for a in range(1):
 for b in range(1):
  for c in range(1):
   for d in range(1):
    for e in range(1):
     for f in range(1):
      for g in range(1):
       for h in range(1):
        for i in range(1):
         for j in range(1):
          while True:
           while True:
            with open(__file__):
             with open(__file__):
              try:
               for k in range(1):
                for l in range(1):
                 for m in range(1):
                  for n in range(1):
                   for o in range(1):
                    for p in range(1):
                     pass
              finally:
               pass
