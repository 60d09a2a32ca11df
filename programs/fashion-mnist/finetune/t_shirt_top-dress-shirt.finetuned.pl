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
% vars=60 rules=46 size=264
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1339 confidence=0.4854  ~block3_pool#3 & ~block3_pool#25 & ~block3_pool#42 & ~block3_pool#45 & ~block3_pool#59 -> t_shirt_top
fired(I, r1) :- image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r1).
% r2  support=314 confidence=0.8471  ~block3_pool#3 & ~block3_pool#25 & ~block3_pool#42 & block3_pool#45 & ~block3_pool#54 & ~block3_pool#59 -> shirt
fired(I, r2) :- active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r2).
% r3  support=59 confidence=0.5424  ~block3_pool#3 & ~block3_pool#25 & ~block3_pool#42 & block3_pool#45 & block3_pool#54 & ~block3_pool#59 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 45), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=295 confidence=0.6814  block3_pool#3 & ~block3_pool#25 & ~block3_pool#27 & ~block3_pool#28 & ~block3_pool#42 & ~block3_pool#59 -> dress
fired(I, r4) :- active(I, block3_pool, 3), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r4).
% r5  support=70 confidence=0.6571  block3_pool#3 & ~block3_pool#25 & ~block3_pool#27 & block3_pool#28 & ~block3_pool#42 & ~block3_pool#59 -> shirt
fired(I, r5) :- active(I, block3_pool, 3), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r5).
% r6  support=330 confidence=0.9515  block3_pool#3 & ~block3_pool#25 & block3_pool#27 & ~block3_pool#42 & ~block3_pool#59 -> dress
fired(I, r6) :- active(I, block3_pool, 3), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r6).
% r7  support=614 confidence=0.8648  ~block3_pool#0 & ~block3_pool#25 & ~block3_pool#42 & ~block3_pool#45 & ~block3_pool#47 & block3_pool#59 -> shirt
fired(I, r7) :- active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 47).
class(I, shirt) :- fired(I, r7).
% r8  support=102 confidence=0.4902  ~block3_pool#0 & ~block3_pool#25 & ~block3_pool#42 & ~block3_pool#45 & block3_pool#47 & block3_pool#59 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 47), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 45).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=2947 confidence=0.9827  ~block3_pool#0 & ~block3_pool#6 & ~block3_pool#25 & ~block3_pool#42 & block3_pool#45 & block3_pool#59 -> shirt
fired(I, r9) :- active(I, block3_pool, 45), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42).
class(I, shirt) :- fired(I, r9).
% r10  support=7 confidence=0.7143  ~block3_pool#0 & block3_pool#6 & ~block3_pool#25 & ~block3_pool#42 & block3_pool#45 & block3_pool#59 -> dress
fired(I, r10) :- active(I, block3_pool, 6), active(I, block3_pool, 45), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r10).
% r11  support=16 confidence=0.5625  block3_pool#0 & ~block3_pool#25 & ~block3_pool#36 & ~block3_pool#42 & ~block3_pool#44 & block3_pool#59 -> shirt
fired(I, r11) :- active(I, block3_pool, 0), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, shirt) :- fired(I, r11).
% r12  support=6 confidence=1.0000  block3_pool#0 & ~block3_pool#25 & block3_pool#36 & ~block3_pool#42 & ~block3_pool#44 & block3_pool#59 -> dress
fired(I, r12) :- active(I, block3_pool, 0), active(I, block3_pool, 36), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, dress) :- fired(I, r12).
% r13  support=22 confidence=1.0000  block3_pool#0 & ~block3_pool#25 & ~block3_pool#42 & block3_pool#44 & block3_pool#59 -> dress
fired(I, r13) :- active(I, block3_pool, 0), active(I, block3_pool, 44), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r13).
% r14  support=1370 confidence=0.7935  ~block3_pool#3 & ~block3_pool#25 & block3_pool#42 & ~block3_pool#54 & ~block3_pool#59 -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=57 confidence=0.8596  block3_pool#3 & ~block3_pool#25 & block3_pool#42 & ~block3_pool#54 & ~block3_pool#59 & ~block3_pool#63 -> dress
fired(I, r15) :- active(I, block3_pool, 3), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 59), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r15).
% r16  support=30 confidence=0.4667  block3_pool#3 & ~block3_pool#25 & block3_pool#42 & ~block3_pool#54 & ~block3_pool#59 & block3_pool#63 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 3), active(I, block3_pool, 42), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=3400 confidence=0.9809  ~block3_pool#25 & block3_pool#42 & block3_pool#54 & ~block3_pool#59 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 42), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 59).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=82 confidence=0.5732  ~block3_pool#9 & ~block3_pool#25 & block3_pool#42 & ~block3_pool#52 & ~block3_pool#57 & block3_pool#59 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 42), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=140 confidence=0.7357  ~block3_pool#9 & ~block3_pool#25 & block3_pool#42 & block3_pool#52 & ~block3_pool#57 & block3_pool#59 -> shirt
fired(I, r19) :- active(I, block3_pool, 42), active(I, block3_pool, 52), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 57).
class(I, shirt) :- fired(I, r19).
% r20  support=165 confidence=0.8606  block3_pool#9 & ~block3_pool#25 & ~block3_pool#34 & block3_pool#42 & ~block3_pool#57 & block3_pool#59 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 9), active(I, block3_pool, 42), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=19 confidence=0.6316  block3_pool#9 & ~block3_pool#25 & block3_pool#34 & block3_pool#42 & ~block3_pool#57 & block3_pool#59 -> shirt
fired(I, r21) :- active(I, block3_pool, 9), active(I, block3_pool, 34), active(I, block3_pool, 42), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 57).
class(I, shirt) :- fired(I, r21).
% r22  support=159 confidence=0.9119  ~block3_pool#5 & ~block3_pool#25 & ~block3_pool#31 & block3_pool#42 & block3_pool#57 & block3_pool#59 -> shirt
fired(I, r22) :- active(I, block3_pool, 42), active(I, block3_pool, 57), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 31).
class(I, shirt) :- fired(I, r22).
% r23  support=1 confidence=1.0000  ~block3_pool#5 & ~block3_pool#25 & block3_pool#31 & block3_pool#42 & block3_pool#57 & block3_pool#59 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 31), active(I, block3_pool, 42), active(I, block3_pool, 57), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 25).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=2 confidence=0.5000  block3_pool#5 & ~block3_pool#25 & ~block3_pool#36 & block3_pool#42 & block3_pool#57 & block3_pool#59 -> dress
fired(I, r24) :- active(I, block3_pool, 5), active(I, block3_pool, 42), active(I, block3_pool, 57), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r24).
% r25  support=2 confidence=1.0000  block3_pool#5 & ~block3_pool#25 & block3_pool#36 & block3_pool#42 & block3_pool#57 & block3_pool#59 -> t_shirt_top
fired(I, r25) :- active(I, block3_pool, 5), active(I, block3_pool, 36), active(I, block3_pool, 42), active(I, block3_pool, 57), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25).
class(I, t_shirt_top) :- fired(I, r25).
% r26  support=29 confidence=0.7241  ~block3_pool#0 & ~block3_pool#3 & ~block3_pool#10 & block3_pool#25 & ~block3_pool#39 & ~block3_pool#63 -> shirt
fired(I, r26) :- active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r26).
% r27  support=15 confidence=0.4667  ~block3_pool#0 & ~block3_pool#3 & block3_pool#10 & block3_pool#25 & ~block3_pool#39 & ~block3_pool#63 -> dress
fired(I, r27) :- active(I, block3_pool, 10), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r27).
% r28  support=16 confidence=0.9375  block3_pool#0 & ~block3_pool#3 & ~block3_pool#17 & block3_pool#25 & ~block3_pool#39 & ~block3_pool#63 -> dress
fired(I, r28) :- active(I, block3_pool, 0), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r28).
% r29  support=1 confidence=1.0000  block3_pool#0 & ~block3_pool#3 & block3_pool#17 & block3_pool#25 & ~block3_pool#39 & ~block3_pool#63 -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, 0), active(I, block3_pool, 17), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=268 confidence=0.9030  ~block3_pool#3 & ~block3_pool#18 & block3_pool#25 & block3_pool#39 & ~block3_pool#48 & ~block3_pool#63 -> dress
fired(I, r30) :- active(I, block3_pool, 25), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r30).
% r31  support=5 confidence=0.6000  ~block3_pool#3 & ~block3_pool#18 & block3_pool#25 & block3_pool#39 & block3_pool#48 & ~block3_pool#63 -> t_shirt_top
fired(I, r31) :- active(I, block3_pool, 25), active(I, block3_pool, 39), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r31).
% r32  support=13 confidence=0.8462  ~block3_pool#3 & block3_pool#18 & block3_pool#25 & block3_pool#39 & ~block3_pool#58 & ~block3_pool#63 -> t_shirt_top
fired(I, r32) :- active(I, block3_pool, 18), active(I, block3_pool, 25), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 58), \+ active(I, block3_pool, 63).
class(I, t_shirt_top) :- fired(I, r32).
% r33  support=5 confidence=1.0000  ~block3_pool#3 & block3_pool#18 & block3_pool#25 & block3_pool#39 & block3_pool#58 & ~block3_pool#63 -> dress
fired(I, r33) :- active(I, block3_pool, 18), active(I, block3_pool, 25), active(I, block3_pool, 39), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r33).
% r34  support=20 confidence=0.4500  ~block3_pool#3 & ~block3_pool#6 & block3_pool#25 & ~block3_pool#47 & ~block3_pool#49 & block3_pool#63 -> t_shirt_top
fired(I, r34) :- active(I, block3_pool, 25), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 49).
class(I, t_shirt_top) :- fired(I, r34).
% r35  support=49 confidence=0.8571  ~block3_pool#3 & block3_pool#6 & block3_pool#25 & ~block3_pool#47 & ~block3_pool#49 & block3_pool#63 -> dress
fired(I, r35) :- active(I, block3_pool, 6), active(I, block3_pool, 25), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 49).
class(I, dress) :- fired(I, r35).
% r36  support=23 confidence=0.8261  ~block3_pool#3 & block3_pool#25 & ~block3_pool#26 & block3_pool#47 & ~block3_pool#49 & block3_pool#63 -> t_shirt_top
fired(I, r36) :- active(I, block3_pool, 25), active(I, block3_pool, 47), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 49).
class(I, t_shirt_top) :- fired(I, r36).
% r37  support=32 confidence=0.5625  ~block3_pool#3 & block3_pool#25 & block3_pool#26 & block3_pool#47 & ~block3_pool#49 & block3_pool#63 -> dress
fired(I, r37) :- active(I, block3_pool, 25), active(I, block3_pool, 26), active(I, block3_pool, 47), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 49).
class(I, dress) :- fired(I, r37).
% r38  support=29 confidence=1.0000  ~block3_pool#0 & ~block3_pool#3 & block3_pool#25 & block3_pool#49 & block3_pool#63 -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, 25), active(I, block3_pool, 49), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 3).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=1 confidence=1.0000  block3_pool#0 & ~block3_pool#3 & ~block3_pool#6 & block3_pool#25 & block3_pool#49 & block3_pool#63 -> shirt
fired(I, r39) :- active(I, block3_pool, 0), active(I, block3_pool, 25), active(I, block3_pool, 49), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 6).
class(I, shirt) :- fired(I, r39).
% r40  support=3 confidence=0.6667  block3_pool#0 & ~block3_pool#3 & block3_pool#6 & block3_pool#25 & block3_pool#49 & block3_pool#63 -> dress
fired(I, r40) :- active(I, block3_pool, 0), active(I, block3_pool, 6), active(I, block3_pool, 25), active(I, block3_pool, 49), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 3).
class(I, dress) :- fired(I, r40).
% r41  support=4051 confidence=0.9949  block3_pool#3 & block3_pool#25 & ~block3_pool#48 & ~block3_pool#59 -> dress
fired(I, r41) :- active(I, block3_pool, 3), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r41).
% r42  support=35 confidence=1.0000  block3_pool#3 & ~block3_pool#4 & block3_pool#25 & ~block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> dress
fired(I, r42) :- active(I, block3_pool, 3), active(I, block3_pool, 25), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r42).
% r43  support=1 confidence=1.0000  block3_pool#3 & block3_pool#4 & block3_pool#25 & ~block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> t_shirt_top
fired(I, r43) :- active(I, block3_pool, 3), active(I, block3_pool, 4), active(I, block3_pool, 25), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r43).
% r44  support=11 confidence=0.6364  block3_pool#3 & ~block3_pool#9 & block3_pool#25 & block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> dress
fired(I, r44) :- active(I, block3_pool, 3), active(I, block3_pool, 25), active(I, block3_pool, 38), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r44).
% r45  support=6 confidence=0.8333  block3_pool#3 & block3_pool#9 & block3_pool#25 & block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r45) :- active(I, block3_pool, 3), active(I, block3_pool, 9), active(I, block3_pool, 25), active(I, block3_pool, 38), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r45).
% r46  support=39 confidence=0.6410  block3_pool#3 & block3_pool#25 & block3_pool#48 -> dress
fired(I, r46) :- active(I, block3_pool, 3), active(I, block3_pool, 25), active(I, block3_pool, 48), image(I).
class(I, dress) :- fired(I, r46).
