%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: coat
% vars=46 rules=45 size=256
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=460 confidence=0.6326  ~block3_pool#5 & ~block3_pool#7 & ~block3_pool#32 & ~block3_pool#35 & ~block3_pool#46 & ~block3_pool#63 -> pullover
fired(I, r1) :- image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r1).
% r2  support=281 confidence=0.7224  ~block3_pool#5 & block3_pool#7 & ~block3_pool#32 & ~block3_pool#35 & ~block3_pool#46 & ~block3_pool#63 -> coat
fired(I, r2) :- active(I, block3_pool, 7), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r2).
% r3  support=464 confidence=0.9310  ~block3_pool#5 & ~block3_pool#32 & block3_pool#35 & ~block3_pool#46 & ~block3_pool#61 & ~block3_pool#63 -> pullover
fired(I, r3) :- active(I, block3_pool, 35), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r3).
% r4  support=41 confidence=0.4634  ~block3_pool#5 & ~block3_pool#32 & block3_pool#35 & ~block3_pool#46 & block3_pool#61 & ~block3_pool#63 -> coat
fired(I, r4) :- active(I, block3_pool, 35), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r4).
% r5  support=3208 confidence=0.9707  block3_pool#5 & ~block3_pool#32 & ~block3_pool#46 & ~block3_pool#55 & ~block3_pool#63 -> pullover
fired(I, r5) :- active(I, block3_pool, 5), image(I), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r5).
% r6  support=57 confidence=0.8246  block3_pool#5 & ~block3_pool#32 & ~block3_pool#46 & block3_pool#55 & ~block3_pool#61 & ~block3_pool#63 -> pullover
fired(I, r6) :- active(I, block3_pool, 5), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r6).
% r7  support=39 confidence=0.7436  block3_pool#5 & ~block3_pool#32 & ~block3_pool#46 & block3_pool#55 & block3_pool#61 & ~block3_pool#63 -> t_shirt_top
fired(I, r7) :- active(I, block3_pool, 5), active(I, block3_pool, 55), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r7).
% r8  support=119 confidence=0.6470  ~block3_pool#5 & block3_pool#32 & ~block3_pool#36 & ~block3_pool#46 & ~block3_pool#63 -> coat
fired(I, r8) :- active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r8).
% r9  support=133 confidence=0.6692  block3_pool#5 & block3_pool#32 & ~block3_pool#36 & ~block3_pool#46 & ~block3_pool#55 & ~block3_pool#63 -> pullover
fired(I, r9) :- active(I, block3_pool, 5), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r9).
% r10  support=44 confidence=0.8636  block3_pool#5 & block3_pool#32 & ~block3_pool#36 & ~block3_pool#46 & block3_pool#55 & ~block3_pool#63 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 5), active(I, block3_pool, 32), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=286 confidence=0.8881  ~block3_pool#10 & block3_pool#32 & block3_pool#36 & ~block3_pool#46 & ~block3_pool#63 -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, 32), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=16 confidence=0.5625  block3_pool#10 & block3_pool#32 & block3_pool#36 & ~block3_pool#38 & ~block3_pool#46 & ~block3_pool#63 -> t_shirt_top
fired(I, r12) :- active(I, block3_pool, 10), active(I, block3_pool, 32), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r12).
% r13  support=14 confidence=0.8571  block3_pool#10 & block3_pool#32 & block3_pool#36 & block3_pool#38 & ~block3_pool#46 & ~block3_pool#63 -> pullover
fired(I, r13) :- active(I, block3_pool, 10), active(I, block3_pool, 32), active(I, block3_pool, 36), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r13).
% r14  support=399 confidence=0.7569  ~block3_pool#5 & ~block3_pool#35 & ~block3_pool#46 & ~block3_pool#57 & ~block3_pool#62 & block3_pool#63 -> coat
fired(I, r14) :- active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r14).
% r15  support=60 confidence=0.5000  block3_pool#5 & ~block3_pool#35 & ~block3_pool#46 & ~block3_pool#57 & ~block3_pool#62 & block3_pool#63 -> pullover
fired(I, r15) :- active(I, block3_pool, 5), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r15).
% r16  support=67 confidence=0.8507  ~block3_pool#10 & ~block3_pool#35 & ~block3_pool#46 & block3_pool#57 & ~block3_pool#62 & block3_pool#63 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 57), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=18 confidence=0.7222  block3_pool#10 & ~block3_pool#35 & ~block3_pool#46 & block3_pool#57 & ~block3_pool#62 & block3_pool#63 -> coat
fired(I, r17) :- active(I, block3_pool, 10), active(I, block3_pool, 57), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r17).
% r18  support=3014 confidence=0.9844  ~block3_pool#35 & ~block3_pool#40 & ~block3_pool#46 & block3_pool#62 & block3_pool#63 -> coat
fired(I, r18) :- active(I, block3_pool, 62), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r18).
% r19  support=218 confidence=0.5000  ~block3_pool#35 & block3_pool#40 & ~block3_pool#45 & ~block3_pool#46 & block3_pool#62 & block3_pool#63 -> pullover
fired(I, r19) :- active(I, block3_pool, 40), active(I, block3_pool, 62), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 46).
class(I, pullover) :- fired(I, r19).
% r20  support=1162 confidence=0.9114  ~block3_pool#35 & block3_pool#40 & block3_pool#45 & ~block3_pool#46 & block3_pool#62 & block3_pool#63 -> coat
fired(I, r20) :- active(I, block3_pool, 40), active(I, block3_pool, 45), active(I, block3_pool, 62), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r20).
% r21  support=469 confidence=0.7441  ~block3_pool#5 & ~block3_pool#23 & block3_pool#35 & ~block3_pool#46 & ~block3_pool#57 & block3_pool#63 -> coat
fired(I, r21) :- active(I, block3_pool, 35), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r21).
% r22  support=112 confidence=0.6875  block3_pool#5 & ~block3_pool#23 & block3_pool#35 & ~block3_pool#46 & ~block3_pool#57 & block3_pool#63 -> pullover
fired(I, r22) :- active(I, block3_pool, 5), active(I, block3_pool, 35), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r22).
% r23  support=161 confidence=0.4720  block3_pool#23 & block3_pool#35 & ~block3_pool#40 & ~block3_pool#46 & ~block3_pool#57 & block3_pool#63 -> coat
fired(I, r23) :- active(I, block3_pool, 23), active(I, block3_pool, 35), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r23).
% r24  support=315 confidence=0.8222  block3_pool#23 & block3_pool#35 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#57 & block3_pool#63 -> pullover
fired(I, r24) :- active(I, block3_pool, 23), active(I, block3_pool, 35), active(I, block3_pool, 40), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r24).
% r25  support=165 confidence=0.8848  ~block3_pool#10 & block3_pool#35 & ~block3_pool#46 & block3_pool#57 & block3_pool#63 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 35), active(I, block3_pool, 57), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=30 confidence=0.6667  block3_pool#10 & block3_pool#35 & ~block3_pool#46 & block3_pool#57 & ~block3_pool#62 & block3_pool#63 -> pullover
fired(I, r26) :- active(I, block3_pool, 10), active(I, block3_pool, 35), active(I, block3_pool, 57), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r26).
% r27  support=29 confidence=0.6897  block3_pool#10 & block3_pool#35 & ~block3_pool#46 & block3_pool#57 & block3_pool#62 & block3_pool#63 -> coat
fired(I, r27) :- active(I, block3_pool, 10), active(I, block3_pool, 35), active(I, block3_pool, 57), active(I, block3_pool, 62), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r27).
% r28  support=145 confidence=0.9310  ~block3_pool#42 & ~block3_pool#44 & block3_pool#46 & ~block3_pool#51 & ~block3_pool#55 -> pullover
fired(I, r28) :- active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, pullover) :- fired(I, r28).
% r29  support=10 confidence=1.0000  ~block3_pool#42 & ~block3_pool#44 & block3_pool#46 & ~block3_pool#51 & block3_pool#55 & ~block3_pool#62 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 46), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=9 confidence=0.6667  ~block3_pool#42 & ~block3_pool#44 & block3_pool#46 & ~block3_pool#51 & block3_pool#55 & block3_pool#62 -> pullover
fired(I, r30) :- active(I, block3_pool, 46), active(I, block3_pool, 55), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51).
class(I, pullover) :- fired(I, r30).
% r31  support=2 confidence=0.5000  ~block3_pool#5 & block3_pool#42 & ~block3_pool#44 & block3_pool#46 & ~block3_pool#47 & ~block3_pool#51 -> pullover
fired(I, r31) :- active(I, block3_pool, 42), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 51).
class(I, pullover) :- fired(I, r31).
% r32  support=17 confidence=1.0000  ~block3_pool#5 & block3_pool#42 & ~block3_pool#44 & block3_pool#46 & block3_pool#47 & ~block3_pool#51 -> coat
fired(I, r32) :- active(I, block3_pool, 42), active(I, block3_pool, 46), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51).
class(I, coat) :- fired(I, r32).
% r33  support=3 confidence=1.0000  block3_pool#5 & block3_pool#42 & ~block3_pool#44 & block3_pool#46 & ~block3_pool#51 -> t_shirt_top
fired(I, r33) :- active(I, block3_pool, 5), active(I, block3_pool, 42), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51).
class(I, t_shirt_top) :- fired(I, r33).
% r34  support=69 confidence=0.9855  ~block3_pool#40 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & ~block3_pool#62 -> t_shirt_top
fired(I, r34) :- active(I, block3_pool, 46), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r34).
% r35  support=15 confidence=0.5333  block3_pool#40 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & ~block3_pool#55 & ~block3_pool#62 -> pullover
fired(I, r35) :- active(I, block3_pool, 40), active(I, block3_pool, 46), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r35).
% r36  support=13 confidence=1.0000  block3_pool#40 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & block3_pool#55 & ~block3_pool#62 -> t_shirt_top
fired(I, r36) :- active(I, block3_pool, 40), active(I, block3_pool, 46), active(I, block3_pool, 51), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r36).
% r37  support=9 confidence=1.0000  ~block3_pool#13 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r37) :- active(I, block3_pool, 46), active(I, block3_pool, 51), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r37).
% r38  support=1 confidence=1.0000  block3_pool#13 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & ~block3_pool#57 & block3_pool#62 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 13), active(I, block3_pool, 46), active(I, block3_pool, 51), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=7 confidence=1.0000  ~block3_pool#30 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & block3_pool#57 & block3_pool#62 -> t_shirt_top
fired(I, r39) :- active(I, block3_pool, 46), active(I, block3_pool, 51), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 44).
class(I, t_shirt_top) :- fired(I, r39).
% r40  support=1 confidence=1.0000  block3_pool#30 & ~block3_pool#44 & block3_pool#46 & block3_pool#51 & block3_pool#57 & block3_pool#62 -> pullover
fired(I, r40) :- active(I, block3_pool, 30), active(I, block3_pool, 46), active(I, block3_pool, 51), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 44).
class(I, pullover) :- fired(I, r40).
% r41  support=341 confidence=0.8563  block3_pool#44 & block3_pool#46 & ~block3_pool#57 & ~block3_pool#62 -> t_shirt_top
fired(I, r41) :- active(I, block3_pool, 44), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r41).
% r42  support=5 confidence=0.6000  ~block3_pool#36 & block3_pool#44 & block3_pool#46 & ~block3_pool#50 & ~block3_pool#57 & block3_pool#62 -> pullover
fired(I, r42) :- active(I, block3_pool, 44), active(I, block3_pool, 46), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r42).
% r43  support=4 confidence=1.0000  block3_pool#36 & block3_pool#44 & block3_pool#46 & ~block3_pool#50 & ~block3_pool#57 & block3_pool#62 -> t_shirt_top
fired(I, r43) :- active(I, block3_pool, 36), active(I, block3_pool, 44), active(I, block3_pool, 46), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r43).
% r44  support=41 confidence=0.8781  block3_pool#44 & block3_pool#46 & block3_pool#50 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r44) :- active(I, block3_pool, 44), active(I, block3_pool, 46), active(I, block3_pool, 50), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r44).
% r45  support=4127 confidence=0.9932  block3_pool#44 & block3_pool#46 & block3_pool#57 -> t_shirt_top
fired(I, r45) :- active(I, block3_pool, 44), active(I, block3_pool, 46), active(I, block3_pool, 57), image(I).
class(I, t_shirt_top) :- fired(I, r45).
