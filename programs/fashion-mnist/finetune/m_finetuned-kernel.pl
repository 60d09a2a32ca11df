%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: shirt
% vars=54 rules=42 size=236
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5699 confidence=0.8868  ~block3_pool#6 & ~block3_pool#8 & ~block3_pool#45 & ~block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r1).
% r2  support=309 confidence=0.8673  ~block3_pool#6 & ~block3_pool#8 & ~block3_pool#42 & ~block3_pool#45 & block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r2) :- active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r2).
% r3  support=43 confidence=0.4651  ~block3_pool#6 & ~block3_pool#8 & block3_pool#42 & ~block3_pool#45 & block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r3) :- active(I, block3_pool, 42), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r3).
% r4  support=554 confidence=0.8213  ~block3_pool#6 & ~block3_pool#8 & ~block3_pool#19 & ~block3_pool#45 & block3_pool#62 -> t_shirt_top
fired(I, r4) :- active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r4).
% r5  support=81 confidence=0.8025  ~block3_pool#6 & ~block3_pool#8 & block3_pool#19 & ~block3_pool#45 & ~block3_pool#52 & block3_pool#62 -> shirt
fired(I, r5) :- active(I, block3_pool, 19), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 52).
class(I, shirt) :- fired(I, r5).
% r6  support=14 confidence=0.6429  ~block3_pool#6 & ~block3_pool#8 & block3_pool#19 & ~block3_pool#45 & block3_pool#52 & block3_pool#62 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 19), active(I, block3_pool, 52), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=647 confidence=0.9413  block3_pool#6 & ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#19 & ~block3_pool#32 & ~block3_pool#45 -> pullover
fired(I, r7) :- active(I, block3_pool, 6), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r7).
% r8  support=7 confidence=0.8571  block3_pool#6 & ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#19 & block3_pool#32 & ~block3_pool#45 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 6), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=11 confidence=1.0000  block3_pool#6 & ~block3_pool#8 & block3_pool#12 & ~block3_pool#19 & ~block3_pool#45 -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, 6), active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=48 confidence=0.9583  ~block3_pool#5 & block3_pool#6 & ~block3_pool#8 & block3_pool#19 & ~block3_pool#45 & ~block3_pool#63 -> shirt
fired(I, r10) :- active(I, block3_pool, 6), active(I, block3_pool, 19), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r10).
% r11  support=6 confidence=0.5000  ~block3_pool#5 & block3_pool#6 & ~block3_pool#8 & block3_pool#19 & ~block3_pool#45 & block3_pool#63 -> pullover
fired(I, r11) :- active(I, block3_pool, 6), active(I, block3_pool, 19), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r11).
% r12  support=22 confidence=0.8182  block3_pool#5 & block3_pool#6 & ~block3_pool#8 & block3_pool#19 & ~block3_pool#38 & ~block3_pool#45 -> pullover
fired(I, r12) :- active(I, block3_pool, 5), active(I, block3_pool, 6), active(I, block3_pool, 19), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 45).
class(I, pullover) :- fired(I, r12).
% r13  support=20 confidence=0.8500  block3_pool#5 & block3_pool#6 & ~block3_pool#8 & block3_pool#19 & block3_pool#38 & ~block3_pool#45 -> shirt
fired(I, r13) :- active(I, block3_pool, 5), active(I, block3_pool, 6), active(I, block3_pool, 19), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 45).
class(I, shirt) :- fired(I, r13).
% r14  support=3849 confidence=0.9919  ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#19 & ~block3_pool#25 & block3_pool#45 & ~block3_pool#59 -> pullover
fired(I, r14) :- active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 59).
class(I, pullover) :- fired(I, r14).
% r15  support=2 confidence=1.0000  ~block3_pool#8 & ~block3_pool#12 & ~block3_pool#19 & block3_pool#25 & block3_pool#45 & ~block3_pool#59 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 25), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=20 confidence=0.7500  ~block3_pool#8 & ~block3_pool#12 & block3_pool#19 & ~block3_pool#39 & block3_pool#45 & ~block3_pool#59 -> shirt
fired(I, r16) :- active(I, block3_pool, 19), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r16).
% r17  support=180 confidence=0.9222  ~block3_pool#8 & ~block3_pool#12 & block3_pool#19 & block3_pool#39 & block3_pool#45 & ~block3_pool#59 -> pullover
fired(I, r17) :- active(I, block3_pool, 19), active(I, block3_pool, 39), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 59).
class(I, pullover) :- fired(I, r17).
% r18  support=16 confidence=0.3750  ~block3_pool#8 & block3_pool#12 & block3_pool#45 & ~block3_pool#59 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 12), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=8 confidence=0.8750  ~block3_pool#8 & block3_pool#45 & block3_pool#59 -> t_shirt_top
fired(I, r19) :- active(I, block3_pool, 45), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 8).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=506 confidence=0.8537  block3_pool#8 & ~block3_pool#29 & ~block3_pool#38 & ~block3_pool#40 & ~block3_pool#61 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 8), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 61).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=6 confidence=0.8333  block3_pool#8 & ~block3_pool#19 & ~block3_pool#29 & ~block3_pool#38 & block3_pool#40 & ~block3_pool#61 -> t_shirt_top
fired(I, r21) :- active(I, block3_pool, 8), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 61).
class(I, t_shirt_top) :- fired(I, r21).
% r22  support=27 confidence=0.8889  block3_pool#8 & block3_pool#19 & ~block3_pool#29 & ~block3_pool#38 & block3_pool#40 & ~block3_pool#61 -> shirt
fired(I, r22) :- active(I, block3_pool, 8), active(I, block3_pool, 19), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r22).
% r23  support=41 confidence=0.9268  block3_pool#8 & ~block3_pool#12 & ~block3_pool#25 & ~block3_pool#29 & ~block3_pool#38 & block3_pool#61 -> pullover
fired(I, r23) :- active(I, block3_pool, 8), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38).
class(I, pullover) :- fired(I, r23).
% r24  support=1 confidence=1.0000  block3_pool#8 & ~block3_pool#12 & block3_pool#25 & ~block3_pool#29 & ~block3_pool#38 & block3_pool#61 -> t_shirt_top
fired(I, r24) :- active(I, block3_pool, 8), active(I, block3_pool, 25), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38).
class(I, t_shirt_top) :- fired(I, r24).
% r25  support=12 confidence=1.0000  block3_pool#8 & block3_pool#12 & ~block3_pool#29 & ~block3_pool#38 & block3_pool#61 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 8), active(I, block3_pool, 12), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 38).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=3467 confidence=0.9948  block3_pool#8 & block3_pool#29 & ~block3_pool#34 & ~block3_pool#38 & ~block3_pool#48 -> t_shirt_top
fired(I, r26) :- active(I, block3_pool, 8), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r26).
% r27  support=27 confidence=0.5556  block3_pool#8 & block3_pool#29 & ~block3_pool#34 & ~block3_pool#38 & block3_pool#48 & ~block3_pool#62 -> shirt
fired(I, r27) :- active(I, block3_pool, 8), active(I, block3_pool, 29), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r27).
% r28  support=98 confidence=0.9694  block3_pool#8 & block3_pool#29 & ~block3_pool#34 & ~block3_pool#38 & block3_pool#48 & block3_pool#62 -> t_shirt_top
fired(I, r28) :- active(I, block3_pool, 8), active(I, block3_pool, 29), active(I, block3_pool, 48), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 38).
class(I, t_shirt_top) :- fired(I, r28).
% r29  support=199 confidence=0.8995  block3_pool#8 & ~block3_pool#15 & block3_pool#29 & block3_pool#34 & ~block3_pool#38 & ~block3_pool#40 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 8), active(I, block3_pool, 29), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 40).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=5 confidence=0.6000  block3_pool#8 & block3_pool#15 & block3_pool#29 & block3_pool#34 & ~block3_pool#38 & ~block3_pool#40 -> shirt
fired(I, r30) :- active(I, block3_pool, 8), active(I, block3_pool, 15), active(I, block3_pool, 29), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 40).
class(I, shirt) :- fired(I, r30).
% r31  support=4 confidence=1.0000  block3_pool#8 & ~block3_pool#12 & block3_pool#29 & block3_pool#34 & ~block3_pool#38 & block3_pool#40 -> shirt
fired(I, r31) :- active(I, block3_pool, 8), active(I, block3_pool, 29), active(I, block3_pool, 34), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 38).
class(I, shirt) :- fired(I, r31).
% r32  support=1 confidence=1.0000  block3_pool#8 & block3_pool#12 & block3_pool#29 & block3_pool#34 & ~block3_pool#38 & block3_pool#40 -> t_shirt_top
fired(I, r32) :- active(I, block3_pool, 8), active(I, block3_pool, 12), active(I, block3_pool, 29), active(I, block3_pool, 34), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 38).
class(I, t_shirt_top) :- fired(I, r32).
% r33  support=9 confidence=1.0000  block3_pool#8 & ~block3_pool#29 & block3_pool#38 & ~block3_pool#40 & ~block3_pool#46 & ~block3_pool#62 -> shirt
fired(I, r33) :- active(I, block3_pool, 8), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r33).
% r34  support=7 confidence=0.5714  block3_pool#8 & block3_pool#29 & block3_pool#38 & ~block3_pool#40 & ~block3_pool#46 & ~block3_pool#62 -> t_shirt_top
fired(I, r34) :- active(I, block3_pool, 8), active(I, block3_pool, 29), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r34).
% r35  support=148 confidence=1.0000  block3_pool#8 & block3_pool#38 & block3_pool#40 & ~block3_pool#46 & ~block3_pool#62 -> shirt
fired(I, r35) :- active(I, block3_pool, 8), active(I, block3_pool, 38), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r35).
% r36  support=8 confidence=0.8750  block3_pool#8 & block3_pool#38 & ~block3_pool#43 & block3_pool#46 & ~block3_pool#62 -> t_shirt_top
fired(I, r36) :- active(I, block3_pool, 8), active(I, block3_pool, 38), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r36).
% r37  support=4 confidence=1.0000  block3_pool#8 & ~block3_pool#37 & block3_pool#38 & block3_pool#43 & block3_pool#46 & ~block3_pool#62 -> shirt
fired(I, r37) :- active(I, block3_pool, 8), active(I, block3_pool, 38), active(I, block3_pool, 43), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r37).
% r38  support=4 confidence=0.7500  block3_pool#8 & block3_pool#37 & block3_pool#38 & block3_pool#43 & block3_pool#46 & ~block3_pool#62 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 8), active(I, block3_pool, 37), active(I, block3_pool, 38), active(I, block3_pool, 43), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=26 confidence=0.8846  block3_pool#8 & ~block3_pool#9 & ~block3_pool#21 & block3_pool#38 & block3_pool#62 -> t_shirt_top
fired(I, r39) :- active(I, block3_pool, 8), active(I, block3_pool, 38), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 21).
class(I, t_shirt_top) :- fired(I, r39).
% r40  support=11 confidence=0.7273  block3_pool#8 & block3_pool#9 & ~block3_pool#21 & block3_pool#38 & ~block3_pool#56 & block3_pool#62 -> shirt
fired(I, r40) :- active(I, block3_pool, 8), active(I, block3_pool, 9), active(I, block3_pool, 38), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r40).
% r41  support=12 confidence=0.7500  block3_pool#8 & block3_pool#9 & ~block3_pool#21 & block3_pool#38 & block3_pool#56 & block3_pool#62 -> t_shirt_top
fired(I, r41) :- active(I, block3_pool, 8), active(I, block3_pool, 9), active(I, block3_pool, 38), active(I, block3_pool, 56), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 21).
class(I, t_shirt_top) :- fired(I, r41).
% r42  support=41 confidence=1.0000  block3_pool#8 & block3_pool#21 & block3_pool#38 & block3_pool#62 -> t_shirt_top
fired(I, r42) :- active(I, block3_pool, 8), active(I, block3_pool, 21), active(I, block3_pool, 38), active(I, block3_pool, 62), image(I).
class(I, t_shirt_top) :- fired(I, r42).
