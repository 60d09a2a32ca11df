%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: pullover
%! class 1: dress
%! class 2: coat
% vars=50 rules=37 size=205
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1243 confidence=0.6500  ~block3_pool#3 & ~block3_pool#14 & ~block3_pool#39 & ~block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 -> coat
fired(I, r1) :- image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r1).
% r2  support=129 confidence=0.8915  block3_pool#3 & ~block3_pool#14 & ~block3_pool#39 & ~block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 -> dress
fired(I, r2) :- active(I, block3_pool, 3), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r2).
% r3  support=313 confidence=0.9840  ~block3_pool#14 & ~block3_pool#33 & ~block3_pool#39 & block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 -> dress
fired(I, r3) :- active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, dress) :- fired(I, r3).
% r4  support=98 confidence=0.6633  ~block3_pool#14 & block3_pool#33 & ~block3_pool#39 & block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 -> coat
fired(I, r4) :- active(I, block3_pool, 33), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r4).
% r5  support=592 confidence=0.9696  block3_pool#14 & ~block3_pool#39 & ~block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 -> pullover
fired(I, r5) :- active(I, block3_pool, 14), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r5).
% r6  support=39 confidence=0.8974  block3_pool#14 & ~block3_pool#39 & block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 & ~block3_pool#61 -> dress
fired(I, r6) :- active(I, block3_pool, 14), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r6).
% r7  support=9 confidence=0.8889  block3_pool#14 & ~block3_pool#39 & block3_pool#42 & ~block3_pool#48 & ~block3_pool#50 & block3_pool#61 -> pullover
fired(I, r7) :- active(I, block3_pool, 14), active(I, block3_pool, 42), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r7).
% r8  support=4120 confidence=0.9988  ~block3_pool#17 & ~block3_pool#39 & ~block3_pool#42 & block3_pool#48 & ~block3_pool#50 -> pullover
fired(I, r8) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r8).
% r9  support=17 confidence=0.5882  block3_pool#17 & ~block3_pool#21 & ~block3_pool#39 & ~block3_pool#42 & block3_pool#48 & ~block3_pool#50 -> coat
fired(I, r9) :- active(I, block3_pool, 17), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 50).
class(I, coat) :- fired(I, r9).
% r10  support=53 confidence=1.0000  block3_pool#17 & block3_pool#21 & ~block3_pool#39 & ~block3_pool#42 & block3_pool#48 & ~block3_pool#50 -> pullover
fired(I, r10) :- active(I, block3_pool, 17), active(I, block3_pool, 21), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r10).
% r11  support=33 confidence=0.5455  ~block3_pool#39 & block3_pool#42 & block3_pool#48 & ~block3_pool#50 -> pullover
fired(I, r11) :- active(I, block3_pool, 42), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 50).
class(I, pullover) :- fired(I, r11).
% r12  support=4184 confidence=0.9957  ~block3_pool#10 & ~block3_pool#13 & ~block3_pool#14 & ~block3_pool#21 & ~block3_pool#39 & block3_pool#50 -> coat
fired(I, r12) :- active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r12).
% r13  support=1 confidence=1.0000  ~block3_pool#10 & block3_pool#13 & ~block3_pool#14 & ~block3_pool#21 & ~block3_pool#39 & block3_pool#50 -> dress
fired(I, r13) :- active(I, block3_pool, 13), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 39).
class(I, dress) :- fired(I, r13).
% r14  support=16 confidence=0.6875  ~block3_pool#10 & block3_pool#14 & ~block3_pool#21 & ~block3_pool#39 & block3_pool#50 -> coat
fired(I, r14) :- active(I, block3_pool, 14), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r14).
% r15  support=2 confidence=1.0000  block3_pool#10 & ~block3_pool#21 & ~block3_pool#39 & block3_pool#50 -> dress
fired(I, r15) :- active(I, block3_pool, 10), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 39).
class(I, dress) :- fired(I, r15).
% r16  support=2 confidence=1.0000  block3_pool#21 & ~block3_pool#36 & ~block3_pool#39 & ~block3_pool#48 & block3_pool#50 & ~block3_pool#52 -> coat
fired(I, r16) :- active(I, block3_pool, 21), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 52).
class(I, coat) :- fired(I, r16).
% r17  support=19 confidence=0.8947  block3_pool#21 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#48 & block3_pool#50 & ~block3_pool#52 -> pullover
fired(I, r17) :- active(I, block3_pool, 21), active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 52).
class(I, pullover) :- fired(I, r17).
% r18  support=99 confidence=0.7879  block3_pool#21 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#50 & block3_pool#52 & ~block3_pool#55 -> coat
fired(I, r18) :- active(I, block3_pool, 21), active(I, block3_pool, 50), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 55).
class(I, coat) :- fired(I, r18).
% r19  support=9 confidence=0.8889  block3_pool#21 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#50 & block3_pool#52 & block3_pool#55 -> pullover
fired(I, r19) :- active(I, block3_pool, 21), active(I, block3_pool, 50), active(I, block3_pool, 52), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39).
class(I, pullover) :- fired(I, r19).
% r20  support=8 confidence=1.0000  block3_pool#21 & block3_pool#36 & ~block3_pool#39 & ~block3_pool#49 & block3_pool#50 & ~block3_pool#57 -> pullover
fired(I, r20) :- active(I, block3_pool, 21), active(I, block3_pool, 36), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 49), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r20).
% r21  support=17 confidence=0.6471  block3_pool#21 & block3_pool#36 & ~block3_pool#39 & ~block3_pool#49 & block3_pool#50 & block3_pool#57 -> coat
fired(I, r21) :- active(I, block3_pool, 21), active(I, block3_pool, 36), active(I, block3_pool, 50), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 49).
class(I, coat) :- fired(I, r21).
% r22  support=5 confidence=0.6000  block3_pool#21 & ~block3_pool#31 & block3_pool#36 & ~block3_pool#39 & block3_pool#49 & block3_pool#50 -> coat
fired(I, r22) :- active(I, block3_pool, 21), active(I, block3_pool, 36), active(I, block3_pool, 49), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r22).
% r23  support=144 confidence=0.9583  block3_pool#21 & block3_pool#31 & block3_pool#36 & ~block3_pool#39 & block3_pool#49 & block3_pool#50 -> pullover
fired(I, r23) :- active(I, block3_pool, 21), active(I, block3_pool, 31), active(I, block3_pool, 36), active(I, block3_pool, 49), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 39).
class(I, pullover) :- fired(I, r23).
% r24  support=4789 confidence=0.9963  block3_pool#39 & ~block3_pool#53 & ~block3_pool#61 -> dress
fired(I, r24) :- active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r24).
% r25  support=2 confidence=1.0000  block3_pool#39 & ~block3_pool#53 & block3_pool#61 -> pullover
fired(I, r25) :- active(I, block3_pool, 39), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 53).
class(I, pullover) :- fired(I, r25).
% r26  support=57 confidence=0.8070  ~block3_pool#5 & ~block3_pool#7 & block3_pool#39 & block3_pool#53 & ~block3_pool#57 & ~block3_pool#62 -> coat
fired(I, r26) :- active(I, block3_pool, 39), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r26).
% r27  support=6 confidence=0.6667  ~block3_pool#5 & block3_pool#7 & block3_pool#39 & block3_pool#53 & ~block3_pool#57 & ~block3_pool#62 -> dress
fired(I, r27) :- active(I, block3_pool, 7), active(I, block3_pool, 39), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r27).
% r28  support=42 confidence=0.7143  block3_pool#5 & block3_pool#39 & ~block3_pool#51 & block3_pool#53 & ~block3_pool#57 & ~block3_pool#62 -> dress
fired(I, r28) :- active(I, block3_pool, 5), active(I, block3_pool, 39), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r28).
% r29  support=11 confidence=0.7273  block3_pool#5 & block3_pool#39 & block3_pool#51 & block3_pool#53 & ~block3_pool#57 & ~block3_pool#62 -> coat
fired(I, r29) :- active(I, block3_pool, 5), active(I, block3_pool, 39), active(I, block3_pool, 51), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r29).
% r30  support=32 confidence=0.9375  ~block3_pool#38 & block3_pool#39 & block3_pool#53 & ~block3_pool#57 & block3_pool#62 -> dress
fired(I, r30) :- active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r30).
% r31  support=1 confidence=1.0000  block3_pool#38 & block3_pool#39 & block3_pool#53 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r31) :- active(I, block3_pool, 38), active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r31).
% r32  support=2 confidence=1.0000  ~block3_pool#6 & ~block3_pool#7 & block3_pool#39 & block3_pool#53 & block3_pool#57 & ~block3_pool#62 -> coat
fired(I, r32) :- active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r32).
% r33  support=1 confidence=1.0000  ~block3_pool#6 & block3_pool#7 & block3_pool#39 & block3_pool#53 & block3_pool#57 & ~block3_pool#62 -> dress
fired(I, r33) :- active(I, block3_pool, 7), active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r33).
% r34  support=64 confidence=1.0000  block3_pool#6 & block3_pool#39 & block3_pool#53 & block3_pool#57 & ~block3_pool#62 -> coat
fired(I, r34) :- active(I, block3_pool, 6), active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r34).
% r35  support=6 confidence=0.8333  block3_pool#39 & ~block3_pool#51 & ~block3_pool#52 & block3_pool#53 & block3_pool#57 & block3_pool#62 -> dress
fired(I, r35) :- active(I, block3_pool, 39), active(I, block3_pool, 53), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 52).
class(I, dress) :- fired(I, r35).
% r36  support=10 confidence=0.8000  block3_pool#39 & block3_pool#51 & ~block3_pool#52 & block3_pool#53 & block3_pool#57 & block3_pool#62 -> coat
fired(I, r36) :- active(I, block3_pool, 39), active(I, block3_pool, 51), active(I, block3_pool, 53), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 52).
class(I, coat) :- fired(I, r36).
% r37  support=25 confidence=1.0000  block3_pool#39 & block3_pool#52 & block3_pool#53 & block3_pool#57 & block3_pool#62 -> coat
fired(I, r37) :- active(I, block3_pool, 39), active(I, block3_pool, 52), active(I, block3_pool, 53), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I).
class(I, coat) :- fired(I, r37).
