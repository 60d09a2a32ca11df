%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: coat
%! class 2: shirt
% vars=54 rules=43 size=242
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1070 confidence=0.5047  ~block3_pool#16 & ~block3_pool#17 & ~block3_pool#19 & ~block3_pool#25 & ~block3_pool#46 & ~block3_pool#59 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r1).
% r2  support=319 confidence=0.6991  ~block3_pool#16 & ~block3_pool#17 & block3_pool#19 & ~block3_pool#25 & ~block3_pool#46 & ~block3_pool#59 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 19), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=520 confidence=0.8308  ~block3_pool#16 & block3_pool#17 & ~block3_pool#25 & ~block3_pool#46 & ~block3_pool#59 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 17), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=204 confidence=0.4314  ~block3_pool#2 & ~block3_pool#16 & block3_pool#25 & ~block3_pool#34 & ~block3_pool#46 & ~block3_pool#59 -> shirt
fired(I, r4) :- active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r4).
% r5  support=143 confidence=0.6853  ~block3_pool#2 & ~block3_pool#16 & block3_pool#25 & block3_pool#34 & ~block3_pool#46 & ~block3_pool#59 -> coat
fired(I, r5) :- active(I, block3_pool, 25), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, coat) :- fired(I, r5).
% r6  support=444 confidence=0.9031  block3_pool#2 & ~block3_pool#16 & block3_pool#25 & ~block3_pool#46 & ~block3_pool#59 -> coat
fired(I, r6) :- active(I, block3_pool, 2), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, coat) :- fired(I, r6).
% r7  support=2236 confidence=0.8520  ~block3_pool#16 & ~block3_pool#45 & ~block3_pool#46 & ~block3_pool#49 & block3_pool#59 -> shirt
fired(I, r7) :- active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 49).
class(I, shirt) :- fired(I, r7).
% r8  support=246 confidence=0.4390  ~block3_pool#11 & ~block3_pool#16 & ~block3_pool#45 & ~block3_pool#46 & block3_pool#49 & block3_pool#59 -> shirt
fired(I, r8) :- active(I, block3_pool, 49), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 46).
class(I, shirt) :- fired(I, r8).
% r9  support=63 confidence=0.7143  block3_pool#11 & ~block3_pool#16 & ~block3_pool#45 & ~block3_pool#46 & block3_pool#49 & block3_pool#59 -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, 11), active(I, block3_pool, 49), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=408 confidence=0.6520  ~block3_pool#16 & ~block3_pool#17 & block3_pool#45 & ~block3_pool#46 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r10) :- active(I, block3_pool, 45), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r10).
% r11  support=75 confidence=0.6400  ~block3_pool#16 & block3_pool#17 & block3_pool#45 & ~block3_pool#46 & ~block3_pool#48 & block3_pool#59 -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, 17), active(I, block3_pool, 45), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=120 confidence=0.6167  ~block3_pool#16 & ~block3_pool#34 & block3_pool#45 & ~block3_pool#46 & block3_pool#48 & block3_pool#59 -> shirt
fired(I, r12) :- active(I, block3_pool, 45), active(I, block3_pool, 48), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 46).
class(I, shirt) :- fired(I, r12).
% r13  support=346 confidence=0.7341  ~block3_pool#16 & block3_pool#34 & block3_pool#45 & ~block3_pool#46 & block3_pool#48 & block3_pool#59 -> coat
fired(I, r13) :- active(I, block3_pool, 34), active(I, block3_pool, 45), active(I, block3_pool, 48), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r13).
% r14  support=571 confidence=0.4991  block3_pool#16 & ~block3_pool#29 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#61 -> shirt
fired(I, r14) :- active(I, block3_pool, 16), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r14).
% r15  support=832 confidence=0.8125  block3_pool#16 & block3_pool#29 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#61 -> coat
fired(I, r15) :- active(I, block3_pool, 16), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r15).
% r16  support=137 confidence=0.6277  block3_pool#16 & ~block3_pool#21 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#54 & block3_pool#61 -> shirt
fired(I, r16) :- active(I, block3_pool, 16), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 54).
class(I, shirt) :- fired(I, r16).
% r17  support=235 confidence=0.6170  block3_pool#16 & ~block3_pool#21 & ~block3_pool#46 & ~block3_pool#48 & block3_pool#54 & block3_pool#61 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 16), active(I, block3_pool, 54), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=439 confidence=0.8428  block3_pool#16 & block3_pool#21 & ~block3_pool#46 & ~block3_pool#48 & block3_pool#61 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 16), active(I, block3_pool, 21), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=340 confidence=0.8000  ~block3_pool#4 & block3_pool#16 & ~block3_pool#46 & ~block3_pool#47 & block3_pool#48 -> coat
fired(I, r19) :- active(I, block3_pool, 16), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 47).
class(I, coat) :- fired(I, r19).
% r20  support=113 confidence=0.5133  ~block3_pool#4 & block3_pool#16 & ~block3_pool#31 & ~block3_pool#46 & block3_pool#47 & block3_pool#48 -> coat
fired(I, r20) :- active(I, block3_pool, 16), active(I, block3_pool, 47), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r20).
% r21  support=106 confidence=0.5943  ~block3_pool#4 & block3_pool#16 & block3_pool#31 & ~block3_pool#46 & block3_pool#47 & block3_pool#48 -> t_shirt_top
fired(I, r21) :- active(I, block3_pool, 16), active(I, block3_pool, 31), active(I, block3_pool, 47), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r21).
% r22  support=2083 confidence=0.9366  block3_pool#4 & block3_pool#16 & ~block3_pool#46 & block3_pool#48 -> coat
fired(I, r22) :- active(I, block3_pool, 4), active(I, block3_pool, 16), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 46).
class(I, coat) :- fired(I, r22).
% r23  support=272 confidence=0.7610  ~block3_pool#17 & ~block3_pool#21 & ~block3_pool#25 & ~block3_pool#34 & block3_pool#46 & ~block3_pool#59 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=126 confidence=0.4762  ~block3_pool#17 & ~block3_pool#21 & ~block3_pool#25 & ~block3_pool#34 & block3_pool#46 & block3_pool#59 -> shirt
fired(I, r24) :- active(I, block3_pool, 46), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 34).
class(I, shirt) :- fired(I, r24).
% r25  support=356 confidence=0.9438  block3_pool#17 & ~block3_pool#21 & ~block3_pool#25 & ~block3_pool#34 & block3_pool#46 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 17), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 34).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=75 confidence=0.6533  ~block3_pool#9 & ~block3_pool#21 & block3_pool#25 & ~block3_pool#33 & ~block3_pool#34 & block3_pool#46 -> t_shirt_top
fired(I, r26) :- active(I, block3_pool, 25), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 34).
class(I, t_shirt_top) :- fired(I, r26).
% r27  support=75 confidence=0.5200  block3_pool#9 & ~block3_pool#21 & block3_pool#25 & ~block3_pool#33 & ~block3_pool#34 & block3_pool#46 -> shirt
fired(I, r27) :- active(I, block3_pool, 9), active(I, block3_pool, 25), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 34).
class(I, shirt) :- fired(I, r27).
% r28  support=101 confidence=0.7822  ~block3_pool#11 & ~block3_pool#21 & block3_pool#25 & block3_pool#33 & ~block3_pool#34 & block3_pool#46 -> coat
fired(I, r28) :- active(I, block3_pool, 25), active(I, block3_pool, 33), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 34).
class(I, coat) :- fired(I, r28).
% r29  support=26 confidence=0.8462  block3_pool#11 & ~block3_pool#21 & block3_pool#25 & block3_pool#33 & ~block3_pool#34 & block3_pool#46 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 11), active(I, block3_pool, 25), active(I, block3_pool, 33), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 34).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=2816 confidence=0.9663  block3_pool#21 & ~block3_pool#34 & block3_pool#46 -> t_shirt_top
fired(I, r30) :- active(I, block3_pool, 21), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 34).
class(I, t_shirt_top) :- fired(I, r30).
% r31  support=47 confidence=0.4894  ~block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#46 & ~block3_pool#48 & ~block3_pool#55 -> shirt
fired(I, r31) :- active(I, block3_pool, 34), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r31).
% r32  support=36 confidence=0.8889  ~block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#46 & ~block3_pool#48 & block3_pool#55 -> t_shirt_top
fired(I, r32) :- active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r32).
% r33  support=88 confidence=0.8636  ~block3_pool#22 & ~block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#46 & block3_pool#48 -> coat
fired(I, r33) :- active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 33).
class(I, coat) :- fired(I, r33).
% r34  support=41 confidence=0.5122  block3_pool#22 & ~block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r34) :- active(I, block3_pool, 22), active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 33).
class(I, t_shirt_top) :- fired(I, r34).
% r35  support=81 confidence=0.7654  ~block3_pool#17 & block3_pool#31 & ~block3_pool#33 & block3_pool#34 & ~block3_pool#35 & block3_pool#46 -> t_shirt_top
fired(I, r35) :- active(I, block3_pool, 31), active(I, block3_pool, 34), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 35).
class(I, t_shirt_top) :- fired(I, r35).
% r36  support=13 confidence=0.4615  ~block3_pool#17 & block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#35 & block3_pool#46 -> coat
fired(I, r36) :- active(I, block3_pool, 31), active(I, block3_pool, 34), active(I, block3_pool, 35), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 33).
class(I, coat) :- fired(I, r36).
% r37  support=317 confidence=0.9747  block3_pool#17 & block3_pool#31 & ~block3_pool#33 & block3_pool#34 & block3_pool#46 -> t_shirt_top
fired(I, r37) :- active(I, block3_pool, 17), active(I, block3_pool, 31), active(I, block3_pool, 34), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 33).
class(I, t_shirt_top) :- fired(I, r37).
% r38  support=31 confidence=0.4194  ~block3_pool#17 & block3_pool#33 & block3_pool#34 & block3_pool#46 & ~block3_pool#48 & ~block3_pool#62 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=26 confidence=0.8846  ~block3_pool#17 & block3_pool#33 & block3_pool#34 & block3_pool#46 & block3_pool#48 & ~block3_pool#62 -> coat
fired(I, r39) :- active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r39).
% r40  support=56 confidence=0.8393  block3_pool#17 & block3_pool#33 & block3_pool#34 & block3_pool#46 & ~block3_pool#62 -> t_shirt_top
fired(I, r40) :- active(I, block3_pool, 17), active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r40).
% r41  support=30 confidence=0.8000  ~block3_pool#6 & block3_pool#33 & block3_pool#34 & ~block3_pool#44 & block3_pool#46 & block3_pool#62 -> coat
fired(I, r41) :- active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 44).
class(I, coat) :- fired(I, r41).
% r42  support=9 confidence=1.0000  block3_pool#6 & block3_pool#33 & block3_pool#34 & ~block3_pool#44 & block3_pool#46 & block3_pool#62 -> t_shirt_top
fired(I, r42) :- active(I, block3_pool, 6), active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 46), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 44).
class(I, t_shirt_top) :- fired(I, r42).
% r43  support=528 confidence=0.9678  block3_pool#33 & block3_pool#34 & block3_pool#44 & block3_pool#46 & block3_pool#62 -> coat
fired(I, r43) :- active(I, block3_pool, 33), active(I, block3_pool, 34), active(I, block3_pool, 44), active(I, block3_pool, 46), active(I, block3_pool, 62), image(I).
class(I, coat) :- fired(I, r43).
