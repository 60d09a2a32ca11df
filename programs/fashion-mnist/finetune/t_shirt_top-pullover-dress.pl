%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: dress
% vars=54 rules=45 size=256
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=253 confidence=0.4387  ~block3_pool#2 & ~block3_pool#4 & ~block3_pool#13 & ~block3_pool#41 & ~block3_pool#48 & ~block3_pool#57 -> pullover
fired(I, r1) :- image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r1).
% r2  support=63 confidence=0.6825  ~block3_pool#2 & ~block3_pool#4 & ~block3_pool#13 & block3_pool#41 & ~block3_pool#48 & ~block3_pool#57 -> dress
fired(I, r2) :- active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r2).
% r3  support=144 confidence=0.8958  ~block3_pool#2 & ~block3_pool#4 & block3_pool#13 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#57 -> pullover
fired(I, r3) :- active(I, block3_pool, 13), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r3).
% r4  support=16 confidence=0.4375  ~block3_pool#2 & ~block3_pool#4 & block3_pool#13 & block3_pool#46 & ~block3_pool#48 & ~block3_pool#57 -> t_shirt_top
fired(I, r4) :- active(I, block3_pool, 13), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r4).
% r5  support=189 confidence=0.5238  ~block3_pool#2 & block3_pool#4 & ~block3_pool#6 & ~block3_pool#29 & ~block3_pool#48 & ~block3_pool#57 -> dress
fired(I, r5) :- active(I, block3_pool, 4), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r5).
% r6  support=18 confidence=0.8333  ~block3_pool#2 & block3_pool#4 & ~block3_pool#6 & block3_pool#29 & ~block3_pool#48 & ~block3_pool#57 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 4), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=74 confidence=0.9324  ~block3_pool#2 & block3_pool#4 & block3_pool#6 & ~block3_pool#28 & ~block3_pool#48 & ~block3_pool#57 -> dress
fired(I, r7) :- active(I, block3_pool, 4), active(I, block3_pool, 6), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r7).
% r8  support=4 confidence=1.0000  ~block3_pool#2 & block3_pool#4 & block3_pool#6 & block3_pool#28 & ~block3_pool#48 & ~block3_pool#57 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=1274 confidence=0.7763  ~block3_pool#2 & ~block3_pool#6 & ~block3_pool#48 & block3_pool#57 -> dress
fired(I, r9) :- active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r9).
% r10  support=4046 confidence=0.9869  ~block3_pool#2 & block3_pool#6 & ~block3_pool#28 & ~block3_pool#48 & block3_pool#57 -> dress
fired(I, r10) :- active(I, block3_pool, 6), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r10).
% r11  support=46 confidence=0.5652  ~block3_pool#2 & block3_pool#6 & ~block3_pool#7 & block3_pool#28 & ~block3_pool#48 & block3_pool#57 -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, 6), active(I, block3_pool, 28), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=50 confidence=0.9000  ~block3_pool#2 & block3_pool#6 & block3_pool#7 & block3_pool#28 & ~block3_pool#48 & block3_pool#57 -> dress
fired(I, r12) :- active(I, block3_pool, 6), active(I, block3_pool, 7), active(I, block3_pool, 28), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r12).
% r13  support=150 confidence=0.5800  ~block3_pool#2 & ~block3_pool#36 & ~block3_pool#46 & block3_pool#48 & ~block3_pool#53 & ~block3_pool#57 -> pullover
fired(I, r13) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r13).
% r14  support=145 confidence=0.5448  ~block3_pool#2 & ~block3_pool#36 & block3_pool#48 & ~block3_pool#53 & block3_pool#57 -> dress
fired(I, r14) :- active(I, block3_pool, 48), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 53).
class(I, dress) :- fired(I, r14).
% r15  support=164 confidence=0.7256  ~block3_pool#2 & ~block3_pool#36 & block3_pool#46 & block3_pool#48 & ~block3_pool#53 & ~block3_pool#57 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=3802 confidence=0.9753  ~block3_pool#2 & block3_pool#36 & ~block3_pool#39 & block3_pool#48 & ~block3_pool#53 -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 53).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=60 confidence=0.7000  ~block3_pool#2 & ~block3_pool#11 & block3_pool#36 & block3_pool#39 & block3_pool#48 & ~block3_pool#53 -> dress
fired(I, r17) :- active(I, block3_pool, 36), active(I, block3_pool, 39), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 53).
class(I, dress) :- fired(I, r17).
% r18  support=71 confidence=0.9577  ~block3_pool#2 & block3_pool#11 & block3_pool#36 & block3_pool#39 & block3_pool#48 & ~block3_pool#53 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 11), active(I, block3_pool, 36), active(I, block3_pool, 39), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 53).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=22 confidence=0.5909  ~block3_pool#2 & ~block3_pool#6 & ~block3_pool#28 & block3_pool#48 & block3_pool#53 & ~block3_pool#58 -> dress
fired(I, r19) :- active(I, block3_pool, 48), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 58).
class(I, dress) :- fired(I, r19).
% r20  support=45 confidence=0.6889  ~block3_pool#2 & ~block3_pool#6 & ~block3_pool#28 & block3_pool#48 & block3_pool#53 & block3_pool#58 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 48), active(I, block3_pool, 53), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 28).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=285 confidence=0.9053  ~block3_pool#2 & block3_pool#6 & ~block3_pool#28 & block3_pool#48 & block3_pool#53 -> dress
fired(I, r21) :- active(I, block3_pool, 6), active(I, block3_pool, 48), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 28).
class(I, dress) :- fired(I, r21).
% r22  support=47 confidence=0.9574  ~block3_pool#2 & ~block3_pool#15 & block3_pool#28 & block3_pool#48 & block3_pool#53 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 28), active(I, block3_pool, 48), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 15).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=14 confidence=0.7857  ~block3_pool#2 & block3_pool#15 & block3_pool#28 & ~block3_pool#39 & block3_pool#48 & block3_pool#53 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 15), active(I, block3_pool, 28), active(I, block3_pool, 48), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 39).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=5 confidence=0.8000  ~block3_pool#2 & block3_pool#15 & block3_pool#28 & block3_pool#39 & block3_pool#48 & block3_pool#53 -> dress
fired(I, r24) :- active(I, block3_pool, 15), active(I, block3_pool, 28), active(I, block3_pool, 39), active(I, block3_pool, 48), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 2).
class(I, dress) :- fired(I, r24).
% r25  support=4789 confidence=0.9918  block3_pool#2 & ~block3_pool#36 & ~block3_pool#41 -> pullover
fired(I, r25) :- active(I, block3_pool, 2), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 41).
class(I, pullover) :- fired(I, r25).
% r26  support=8 confidence=0.6250  block3_pool#2 & ~block3_pool#4 & ~block3_pool#35 & ~block3_pool#36 & block3_pool#41 & ~block3_pool#42 -> pullover
fired(I, r26) :- active(I, block3_pool, 2), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 42).
class(I, pullover) :- fired(I, r26).
% r27  support=4 confidence=1.0000  block3_pool#2 & ~block3_pool#4 & ~block3_pool#35 & ~block3_pool#36 & block3_pool#41 & block3_pool#42 -> t_shirt_top
fired(I, r27) :- active(I, block3_pool, 2), active(I, block3_pool, 41), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r27).
% r28  support=55 confidence=0.9273  block3_pool#2 & ~block3_pool#4 & block3_pool#35 & ~block3_pool#36 & ~block3_pool#39 & block3_pool#41 -> pullover
fired(I, r28) :- active(I, block3_pool, 2), active(I, block3_pool, 35), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 39).
class(I, pullover) :- fired(I, r28).
% r29  support=2 confidence=1.0000  block3_pool#2 & ~block3_pool#4 & block3_pool#35 & ~block3_pool#36 & block3_pool#39 & block3_pool#41 -> dress
fired(I, r29) :- active(I, block3_pool, 2), active(I, block3_pool, 35), active(I, block3_pool, 39), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r29).
% r30  support=1 confidence=1.0000  block3_pool#2 & block3_pool#4 & ~block3_pool#36 & block3_pool#41 & ~block3_pool#47 & ~block3_pool#48 -> pullover
fired(I, r30) :- active(I, block3_pool, 2), active(I, block3_pool, 4), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r30).
% r31  support=6 confidence=1.0000  block3_pool#2 & block3_pool#4 & ~block3_pool#36 & block3_pool#41 & ~block3_pool#47 & block3_pool#48 -> t_shirt_top
fired(I, r31) :- active(I, block3_pool, 2), active(I, block3_pool, 4), active(I, block3_pool, 41), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 47).
class(I, t_shirt_top) :- fired(I, r31).
% r32  support=8 confidence=0.8750  block3_pool#2 & block3_pool#4 & ~block3_pool#8 & ~block3_pool#36 & block3_pool#41 & block3_pool#47 -> dress
fired(I, r32) :- active(I, block3_pool, 2), active(I, block3_pool, 4), active(I, block3_pool, 41), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r32).
% r33  support=1 confidence=1.0000  block3_pool#2 & block3_pool#4 & block3_pool#8 & ~block3_pool#36 & block3_pool#41 & block3_pool#47 -> pullover
fired(I, r33) :- active(I, block3_pool, 2), active(I, block3_pool, 4), active(I, block3_pool, 8), active(I, block3_pool, 41), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 36).
class(I, pullover) :- fired(I, r33).
% r34  support=32 confidence=0.7812  block3_pool#2 & ~block3_pool#16 & ~block3_pool#33 & block3_pool#36 & ~block3_pool#48 -> pullover
fired(I, r34) :- active(I, block3_pool, 2), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r34).
% r35  support=7 confidence=0.8571  ~block3_pool#1 & block3_pool#2 & ~block3_pool#16 & block3_pool#33 & block3_pool#36 & ~block3_pool#48 -> dress
fired(I, r35) :- active(I, block3_pool, 2), active(I, block3_pool, 33), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r35).
% r36  support=8 confidence=0.6250  block3_pool#1 & block3_pool#2 & ~block3_pool#16 & block3_pool#33 & block3_pool#36 & ~block3_pool#48 -> t_shirt_top
fired(I, r36) :- active(I, block3_pool, 1), active(I, block3_pool, 2), active(I, block3_pool, 33), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r36).
% r37  support=11 confidence=0.8182  block3_pool#2 & ~block3_pool#16 & ~block3_pool#31 & block3_pool#36 & ~block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r37) :- active(I, block3_pool, 2), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r37).
% r38  support=4 confidence=1.0000  block3_pool#2 & ~block3_pool#16 & block3_pool#31 & block3_pool#36 & ~block3_pool#46 & block3_pool#48 -> dress
fired(I, r38) :- active(I, block3_pool, 2), active(I, block3_pool, 31), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46).
class(I, dress) :- fired(I, r38).
% r39  support=134 confidence=0.9851  block3_pool#2 & ~block3_pool#16 & block3_pool#36 & block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r39) :- active(I, block3_pool, 2), active(I, block3_pool, 36), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 16).
class(I, t_shirt_top) :- fired(I, r39).
% r40  support=3 confidence=0.6667  block3_pool#2 & ~block3_pool#7 & block3_pool#16 & ~block3_pool#31 & block3_pool#36 & ~block3_pool#49 -> pullover
fired(I, r40) :- active(I, block3_pool, 2), active(I, block3_pool, 16), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 49).
class(I, pullover) :- fired(I, r40).
% r41  support=2 confidence=1.0000  block3_pool#2 & block3_pool#7 & block3_pool#16 & ~block3_pool#31 & block3_pool#36 & ~block3_pool#49 -> t_shirt_top
fired(I, r41) :- active(I, block3_pool, 2), active(I, block3_pool, 7), active(I, block3_pool, 16), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 49).
class(I, t_shirt_top) :- fired(I, r41).
% r42  support=101 confidence=0.9901  block3_pool#2 & block3_pool#16 & ~block3_pool#31 & block3_pool#36 & block3_pool#49 -> pullover
fired(I, r42) :- active(I, block3_pool, 2), active(I, block3_pool, 16), active(I, block3_pool, 36), active(I, block3_pool, 49), image(I), \+ active(I, block3_pool, 31).
class(I, pullover) :- fired(I, r42).
% r43  support=9 confidence=1.0000  block3_pool#2 & block3_pool#16 & block3_pool#31 & block3_pool#36 & ~block3_pool#48 -> pullover
fired(I, r43) :- active(I, block3_pool, 2), active(I, block3_pool, 16), active(I, block3_pool, 31), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r43).
% r44  support=18 confidence=0.8333  block3_pool#2 & ~block3_pool#14 & block3_pool#16 & block3_pool#31 & block3_pool#36 & block3_pool#48 -> t_shirt_top
fired(I, r44) :- active(I, block3_pool, 2), active(I, block3_pool, 16), active(I, block3_pool, 31), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 14).
class(I, t_shirt_top) :- fired(I, r44).
% r45  support=10 confidence=0.7000  block3_pool#2 & block3_pool#14 & block3_pool#16 & block3_pool#31 & block3_pool#36 & block3_pool#48 -> pullover
fired(I, r45) :- active(I, block3_pool, 2), active(I, block3_pool, 14), active(I, block3_pool, 16), active(I, block3_pool, 31), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I).
class(I, pullover) :- fired(I, r45).
