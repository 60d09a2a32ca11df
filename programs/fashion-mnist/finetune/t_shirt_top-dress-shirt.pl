%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: dress
%! class 2: shirt
% vars=58 rules=50 size=288
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1765 confidence=0.7116  ~block3_pool#10 & ~block3_pool#13 & ~block3_pool#21 & ~block3_pool#42 & ~block3_pool#44 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, shirt) :- fired(I, r1).
% r2  support=310 confidence=0.6129  ~block3_pool#10 & block3_pool#13 & ~block3_pool#21 & ~block3_pool#42 & ~block3_pool#44 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 13), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=501 confidence=0.4371  ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#21 & ~block3_pool#42 & block3_pool#44 & ~block3_pool#55 -> dress
fired(I, r3) :- active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 55).
class(I, dress) :- fired(I, r3).
% r4  support=191 confidence=0.7016  ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#21 & ~block3_pool#42 & block3_pool#44 & block3_pool#55 -> t_shirt_top
fired(I, r4) :- active(I, block3_pool, 44), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 42).
class(I, t_shirt_top) :- fired(I, r4).
% r5  support=231 confidence=0.7793  block3_pool#7 & ~block3_pool#10 & ~block3_pool#21 & ~block3_pool#42 & block3_pool#44 -> dress
fired(I, r5) :- active(I, block3_pool, 7), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r5).
% r6  support=1557 confidence=0.9827  ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#13 & block3_pool#21 & ~block3_pool#42 -> shirt
fired(I, r6) :- active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 42).
class(I, shirt) :- fired(I, r6).
% r7  support=38 confidence=0.5000  ~block3_pool#7 & ~block3_pool#10 & block3_pool#13 & block3_pool#21 & ~block3_pool#42 & ~block3_pool#46 -> t_shirt_top
fired(I, r7) :- active(I, block3_pool, 13), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r7).
% r8  support=87 confidence=0.9195  ~block3_pool#7 & ~block3_pool#10 & block3_pool#13 & block3_pool#21 & ~block3_pool#42 & block3_pool#46 -> shirt
fired(I, r8) :- active(I, block3_pool, 13), active(I, block3_pool, 21), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 42).
class(I, shirt) :- fired(I, r8).
% r9  support=3 confidence=0.6667  block3_pool#7 & ~block3_pool#10 & ~block3_pool#15 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#42 -> dress
fired(I, r9) :- active(I, block3_pool, 7), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r9).
% r10  support=15 confidence=0.9333  block3_pool#7 & ~block3_pool#10 & block3_pool#15 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#42 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 7), active(I, block3_pool, 15), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 42).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=3 confidence=1.0000  block3_pool#7 & ~block3_pool#10 & block3_pool#21 & block3_pool#27 & ~block3_pool#28 & ~block3_pool#42 -> dress
fired(I, r11) :- active(I, block3_pool, 7), active(I, block3_pool, 21), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r11).
% r12  support=2 confidence=1.0000  block3_pool#7 & ~block3_pool#10 & block3_pool#21 & block3_pool#27 & block3_pool#28 & ~block3_pool#42 -> shirt
fired(I, r12) :- active(I, block3_pool, 7), active(I, block3_pool, 21), active(I, block3_pool, 27), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 42).
class(I, shirt) :- fired(I, r12).
% r13  support=3571 confidence=0.9199  ~block3_pool#7 & ~block3_pool#10 & block3_pool#42 & ~block3_pool#46 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=218 confidence=0.5459  ~block3_pool#5 & ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#13 & block3_pool#42 & block3_pool#46 -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, 42), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 13).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=113 confidence=0.5841  block3_pool#5 & ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#13 & block3_pool#42 & block3_pool#46 -> dress
fired(I, r15) :- active(I, block3_pool, 5), active(I, block3_pool, 42), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 13).
class(I, dress) :- fired(I, r15).
% r16  support=759 confidence=0.7787  ~block3_pool#7 & ~block3_pool#10 & block3_pool#13 & block3_pool#42 & block3_pool#46 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 13), active(I, block3_pool, 42), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=30 confidence=0.8000  ~block3_pool#3 & block3_pool#7 & ~block3_pool#10 & ~block3_pool#24 & ~block3_pool#27 & block3_pool#42 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 7), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 27).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=14 confidence=0.5000  ~block3_pool#3 & block3_pool#7 & ~block3_pool#10 & ~block3_pool#24 & block3_pool#27 & block3_pool#42 -> dress
fired(I, r18) :- active(I, block3_pool, 7), active(I, block3_pool, 27), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 24).
class(I, dress) :- fired(I, r18).
% r19  support=2 confidence=1.0000  ~block3_pool#3 & block3_pool#7 & ~block3_pool#10 & block3_pool#24 & ~block3_pool#36 & block3_pool#42 -> t_shirt_top
fired(I, r19) :- active(I, block3_pool, 7), active(I, block3_pool, 24), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=10 confidence=0.7000  ~block3_pool#3 & block3_pool#7 & ~block3_pool#10 & block3_pool#24 & block3_pool#36 & block3_pool#42 -> dress
fired(I, r20) :- active(I, block3_pool, 7), active(I, block3_pool, 24), active(I, block3_pool, 36), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10).
class(I, dress) :- fired(I, r20).
% r21  support=73 confidence=0.9589  block3_pool#3 & block3_pool#7 & ~block3_pool#10 & ~block3_pool#41 & block3_pool#42 & ~block3_pool#62 -> dress
fired(I, r21) :- active(I, block3_pool, 3), active(I, block3_pool, 7), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r21).
% r22  support=6 confidence=0.5000  block3_pool#3 & block3_pool#7 & ~block3_pool#10 & block3_pool#41 & block3_pool#42 & ~block3_pool#62 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 3), active(I, block3_pool, 7), active(I, block3_pool, 41), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=3 confidence=1.0000  ~block3_pool#1 & block3_pool#3 & block3_pool#7 & ~block3_pool#10 & block3_pool#42 & block3_pool#62 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 3), active(I, block3_pool, 7), active(I, block3_pool, 42), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 10).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=1 confidence=1.0000  block3_pool#1 & block3_pool#3 & block3_pool#7 & ~block3_pool#10 & block3_pool#42 & block3_pool#62 -> shirt
fired(I, r24) :- active(I, block3_pool, 1), active(I, block3_pool, 3), active(I, block3_pool, 7), active(I, block3_pool, 42), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 10).
class(I, shirt) :- fired(I, r24).
% r25  support=627 confidence=0.6890  block3_pool#10 & ~block3_pool#21 & ~block3_pool#23 & ~block3_pool#27 & ~block3_pool#40 & ~block3_pool#45 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 10), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=136 confidence=0.5956  block3_pool#10 & ~block3_pool#21 & ~block3_pool#23 & ~block3_pool#27 & block3_pool#40 & ~block3_pool#45 -> dress
fired(I, r26) :- active(I, block3_pool, 10), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 45).
class(I, dress) :- fired(I, r26).
% r27  support=128 confidence=0.7578  ~block3_pool#0 & block3_pool#10 & ~block3_pool#21 & ~block3_pool#23 & ~block3_pool#27 & block3_pool#45 -> shirt
fired(I, r27) :- active(I, block3_pool, 10), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 27).
class(I, shirt) :- fired(I, r27).
% r28  support=89 confidence=0.3708  block3_pool#0 & block3_pool#10 & ~block3_pool#21 & ~block3_pool#23 & ~block3_pool#27 & block3_pool#45 -> dress
fired(I, r28) :- active(I, block3_pool, 0), active(I, block3_pool, 10), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 27).
class(I, dress) :- fired(I, r28).
% r29  support=79 confidence=0.6203  block3_pool#10 & ~block3_pool#12 & ~block3_pool#21 & block3_pool#23 & ~block3_pool#25 & ~block3_pool#27 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 10), active(I, block3_pool, 23), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 27).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=75 confidence=0.5067  block3_pool#10 & block3_pool#12 & ~block3_pool#21 & block3_pool#23 & ~block3_pool#25 & ~block3_pool#27 -> dress
fired(I, r30) :- active(I, block3_pool, 10), active(I, block3_pool, 12), active(I, block3_pool, 23), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 27).
class(I, dress) :- fired(I, r30).
% r31  support=300 confidence=0.8067  block3_pool#10 & ~block3_pool#21 & block3_pool#23 & block3_pool#25 & ~block3_pool#27 & ~block3_pool#62 -> dress
fired(I, r31) :- active(I, block3_pool, 10), active(I, block3_pool, 23), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r31).
% r32  support=11 confidence=0.9091  block3_pool#10 & ~block3_pool#21 & block3_pool#23 & block3_pool#25 & ~block3_pool#27 & block3_pool#62 -> t_shirt_top
fired(I, r32) :- active(I, block3_pool, 10), active(I, block3_pool, 23), active(I, block3_pool, 25), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 27).
class(I, t_shirt_top) :- fired(I, r32).
% r33  support=43 confidence=0.7442  block3_pool#10 & ~block3_pool#15 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#45 & ~block3_pool#55 -> shirt
fired(I, r33) :- active(I, block3_pool, 10), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 55).
class(I, shirt) :- fired(I, r33).
% r34  support=8 confidence=0.7500  block3_pool#10 & block3_pool#15 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#45 & ~block3_pool#55 -> t_shirt_top
fired(I, r34) :- active(I, block3_pool, 10), active(I, block3_pool, 15), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r34).
% r35  support=97 confidence=0.6907  block3_pool#10 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#45 & block3_pool#55 -> t_shirt_top
fired(I, r35) :- active(I, block3_pool, 10), active(I, block3_pool, 21), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r35).
% r36  support=686 confidence=0.9811  block3_pool#10 & block3_pool#21 & ~block3_pool#27 & ~block3_pool#39 & block3_pool#45 -> shirt
fired(I, r36) :- active(I, block3_pool, 10), active(I, block3_pool, 21), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 39).
class(I, shirt) :- fired(I, r36).
% r37  support=9 confidence=1.0000  block3_pool#10 & ~block3_pool#13 & block3_pool#21 & ~block3_pool#27 & block3_pool#39 & block3_pool#45 -> dress
fired(I, r37) :- active(I, block3_pool, 10), active(I, block3_pool, 21), active(I, block3_pool, 39), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 27).
class(I, dress) :- fired(I, r37).
% r38  support=4 confidence=0.5000  block3_pool#10 & block3_pool#13 & block3_pool#21 & ~block3_pool#27 & block3_pool#39 & block3_pool#45 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 10), active(I, block3_pool, 13), active(I, block3_pool, 21), active(I, block3_pool, 39), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 27).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=74 confidence=0.5135  ~block3_pool#0 & block3_pool#10 & ~block3_pool#21 & block3_pool#27 & ~block3_pool#41 & ~block3_pool#51 -> dress
fired(I, r39) :- active(I, block3_pool, 10), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r39).
% r40  support=27 confidence=0.6667  ~block3_pool#0 & block3_pool#10 & block3_pool#21 & block3_pool#27 & ~block3_pool#41 & ~block3_pool#51 -> shirt
fired(I, r40) :- active(I, block3_pool, 10), active(I, block3_pool, 21), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 51).
class(I, shirt) :- fired(I, r40).
% r41  support=278 confidence=0.7733  block3_pool#0 & block3_pool#10 & block3_pool#27 & ~block3_pool#41 & ~block3_pool#51 -> dress
fired(I, r41) :- active(I, block3_pool, 0), active(I, block3_pool, 10), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r41).
% r42  support=41 confidence=0.6585  block3_pool#10 & block3_pool#27 & ~block3_pool#39 & block3_pool#41 & ~block3_pool#47 & ~block3_pool#51 -> shirt
fired(I, r42) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 51).
class(I, shirt) :- fired(I, r42).
% r43  support=17 confidence=0.9412  block3_pool#10 & block3_pool#27 & block3_pool#39 & block3_pool#41 & ~block3_pool#47 & ~block3_pool#51 -> dress
fired(I, r43) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 39), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r43).
% r44  support=13 confidence=0.6154  ~block3_pool#5 & block3_pool#10 & block3_pool#27 & block3_pool#41 & block3_pool#47 & ~block3_pool#51 -> dress
fired(I, r44) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 41), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 51).
class(I, dress) :- fired(I, r44).
% r45  support=151 confidence=0.8675  block3_pool#5 & block3_pool#10 & block3_pool#27 & block3_pool#41 & block3_pool#47 & ~block3_pool#51 -> t_shirt_top
fired(I, r45) :- active(I, block3_pool, 5), active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 41), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 51).
class(I, t_shirt_top) :- fired(I, r45).
% r46  support=2935 confidence=0.9792  block3_pool#10 & block3_pool#27 & ~block3_pool#48 & block3_pool#51 -> dress
fired(I, r46) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r46).
% r47  support=91 confidence=0.5165  ~block3_pool#3 & block3_pool#10 & block3_pool#27 & ~block3_pool#30 & block3_pool#48 & block3_pool#51 -> dress
fired(I, r47) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 30).
class(I, dress) :- fired(I, r47).
% r48  support=81 confidence=0.8642  ~block3_pool#3 & block3_pool#10 & block3_pool#27 & block3_pool#30 & block3_pool#48 & block3_pool#51 -> t_shirt_top
fired(I, r48) :- active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 30), active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 3).
class(I, t_shirt_top) :- fired(I, r48).
% r49  support=44 confidence=0.6136  block3_pool#3 & block3_pool#10 & ~block3_pool#25 & block3_pool#27 & block3_pool#48 & block3_pool#51 -> t_shirt_top
fired(I, r49) :- active(I, block3_pool, 3), active(I, block3_pool, 10), active(I, block3_pool, 27), active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 25).
class(I, t_shirt_top) :- fired(I, r49).
% r50  support=653 confidence=0.8806  block3_pool#3 & block3_pool#10 & block3_pool#25 & block3_pool#27 & block3_pool#48 & block3_pool#51 -> dress
fired(I, r50) :- active(I, block3_pool, 3), active(I, block3_pool, 10), active(I, block3_pool, 25), active(I, block3_pool, 27), active(I, block3_pool, 48), active(I, block3_pool, 51), image(I).
class(I, dress) :- fired(I, r50).
