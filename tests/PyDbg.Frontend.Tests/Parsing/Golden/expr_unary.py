-x
+x
~x
not x
- - x
-(x)
-1
-1.5
~-+x
