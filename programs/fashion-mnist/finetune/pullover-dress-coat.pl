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
% vars=54 rules=44 size=247
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=599 confidence=0.5326  ~block3_pool#1 & ~block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 & ~block3_pool#61 -> coat
fired(I, r1) :- image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r1).
% r2  support=230 confidence=0.6870  ~block3_pool#1 & ~block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 & block3_pool#61 -> pullover
fired(I, r2) :- active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r2).
% r3  support=671 confidence=0.7884  block3_pool#1 & ~block3_pool#5 & ~block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 -> pullover
fired(I, r3) :- active(I, block3_pool, 1), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r3).
% r4  support=43 confidence=0.8605  block3_pool#1 & block3_pool#5 & ~block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 -> dress
fired(I, r4) :- active(I, block3_pool, 1), active(I, block3_pool, 5), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r4).
% r5  support=742 confidence=0.9016  ~block3_pool#5 & ~block3_pool#36 & ~block3_pool#37 & ~block3_pool#45 & block3_pool#50 & ~block3_pool#57 -> coat
fired(I, r5) :- active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r5).
% r6  support=166 confidence=0.5301  ~block3_pool#5 & ~block3_pool#36 & ~block3_pool#37 & block3_pool#45 & block3_pool#50 & ~block3_pool#57 -> pullover
fired(I, r6) :- active(I, block3_pool, 45), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r6).
% r7  support=21 confidence=0.5714  block3_pool#5 & ~block3_pool#7 & ~block3_pool#36 & ~block3_pool#37 & block3_pool#50 & ~block3_pool#57 -> coat
fired(I, r7) :- active(I, block3_pool, 5), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r7).
% r8  support=69 confidence=1.0000  block3_pool#5 & block3_pool#7 & ~block3_pool#36 & ~block3_pool#37 & block3_pool#50 & ~block3_pool#57 -> dress
fired(I, r8) :- active(I, block3_pool, 5), active(I, block3_pool, 7), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r8).
% r9  support=299 confidence=0.7525  block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 & ~block3_pool#61 -> pullover
fired(I, r9) :- active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r9).
% r10  support=138 confidence=0.7174  block3_pool#36 & ~block3_pool#37 & block3_pool#50 & ~block3_pool#56 & ~block3_pool#57 & ~block3_pool#61 -> coat
fired(I, r10) :- active(I, block3_pool, 36), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r10).
% r11  support=67 confidence=0.5373  block3_pool#36 & ~block3_pool#37 & block3_pool#50 & block3_pool#56 & ~block3_pool#57 & ~block3_pool#61 -> pullover
fired(I, r11) :- active(I, block3_pool, 36), active(I, block3_pool, 50), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r11).
% r12  support=3466 confidence=0.9460  ~block3_pool#27 & block3_pool#36 & ~block3_pool#37 & ~block3_pool#57 & block3_pool#61 -> pullover
fired(I, r12) :- active(I, block3_pool, 36), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r12).
% r13  support=84 confidence=0.8571  block3_pool#27 & block3_pool#36 & ~block3_pool#37 & ~block3_pool#50 & ~block3_pool#57 & block3_pool#61 -> pullover
fired(I, r13) :- active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r13).
% r14  support=91 confidence=0.7033  block3_pool#27 & block3_pool#36 & ~block3_pool#37 & block3_pool#50 & ~block3_pool#57 & block3_pool#61 -> coat
fired(I, r14) :- active(I, block3_pool, 27), active(I, block3_pool, 36), active(I, block3_pool, 50), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r14).
% r15  support=283 confidence=0.7315  ~block3_pool#8 & ~block3_pool#18 & ~block3_pool#37 & ~block3_pool#48 & block3_pool#57 -> coat
fired(I, r15) :- active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r15).
% r16  support=112 confidence=0.6607  ~block3_pool#8 & ~block3_pool#18 & ~block3_pool#33 & ~block3_pool#37 & block3_pool#48 & block3_pool#57 -> pullover
fired(I, r16) :- active(I, block3_pool, 48), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 37).
class(I, pullover) :- fired(I, r16).
% r17  support=23 confidence=0.9565  ~block3_pool#8 & ~block3_pool#18 & block3_pool#33 & ~block3_pool#37 & block3_pool#48 & block3_pool#57 -> coat
fired(I, r17) :- active(I, block3_pool, 33), active(I, block3_pool, 48), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 37).
class(I, coat) :- fired(I, r17).
% r18  support=2068 confidence=0.9594  block3_pool#8 & ~block3_pool#18 & ~block3_pool#25 & ~block3_pool#37 & block3_pool#57 -> coat
fired(I, r18) :- active(I, block3_pool, 8), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 37).
class(I, coat) :- fired(I, r18).
% r19  support=38 confidence=0.8947  block3_pool#8 & ~block3_pool#18 & block3_pool#25 & ~block3_pool#37 & ~block3_pool#53 & block3_pool#57 -> pullover
fired(I, r19) :- active(I, block3_pool, 8), active(I, block3_pool, 25), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 53).
class(I, pullover) :- fired(I, r19).
% r20  support=23 confidence=0.8696  block3_pool#8 & ~block3_pool#18 & block3_pool#25 & ~block3_pool#37 & block3_pool#53 & block3_pool#57 -> coat
fired(I, r20) :- active(I, block3_pool, 8), active(I, block3_pool, 25), active(I, block3_pool, 53), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 37).
class(I, coat) :- fired(I, r20).
% r21  support=46 confidence=0.4783  ~block3_pool#3 & block3_pool#18 & ~block3_pool#37 & ~block3_pool#50 & block3_pool#57 & ~block3_pool#61 -> pullover
fired(I, r21) :- active(I, block3_pool, 18), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r21).
% r22  support=155 confidence=0.8000  ~block3_pool#3 & block3_pool#18 & ~block3_pool#37 & block3_pool#50 & block3_pool#57 & ~block3_pool#61 -> coat
fired(I, r22) :- active(I, block3_pool, 18), active(I, block3_pool, 50), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r22).
% r23  support=54 confidence=0.9259  block3_pool#3 & ~block3_pool#8 & block3_pool#18 & ~block3_pool#37 & block3_pool#57 & ~block3_pool#61 -> dress
fired(I, r23) :- active(I, block3_pool, 3), active(I, block3_pool, 18), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r23).
% r24  support=14 confidence=0.5000  block3_pool#3 & block3_pool#8 & block3_pool#18 & ~block3_pool#37 & block3_pool#57 & ~block3_pool#61 -> pullover
fired(I, r24) :- active(I, block3_pool, 3), active(I, block3_pool, 8), active(I, block3_pool, 18), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r24).
% r25  support=302 confidence=0.8676  block3_pool#18 & ~block3_pool#37 & ~block3_pool#42 & block3_pool#57 & block3_pool#61 -> pullover
fired(I, r25) :- active(I, block3_pool, 18), active(I, block3_pool, 57), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 42).
class(I, pullover) :- fired(I, r25).
% r26  support=31 confidence=0.7742  block3_pool#18 & ~block3_pool#37 & block3_pool#42 & ~block3_pool#52 & block3_pool#57 & block3_pool#61 -> pullover
fired(I, r26) :- active(I, block3_pool, 18), active(I, block3_pool, 42), active(I, block3_pool, 57), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 52).
class(I, pullover) :- fired(I, r26).
% r27  support=66 confidence=0.7121  block3_pool#18 & ~block3_pool#37 & block3_pool#42 & block3_pool#52 & block3_pool#57 & block3_pool#61 -> coat
fired(I, r27) :- active(I, block3_pool, 18), active(I, block3_pool, 42), active(I, block3_pool, 52), active(I, block3_pool, 57), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 37).
class(I, coat) :- fired(I, r27).
% r28  support=867 confidence=0.8812  ~block3_pool#7 & ~block3_pool#19 & block3_pool#37 & ~block3_pool#47 -> dress
fired(I, r28) :- active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 47).
class(I, dress) :- fired(I, r28).
% r29  support=176 confidence=0.5511  ~block3_pool#7 & block3_pool#19 & block3_pool#37 & ~block3_pool#47 & ~block3_pool#59 -> dress
fired(I, r29) :- active(I, block3_pool, 19), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r29).
% r30  support=56 confidence=0.7857  ~block3_pool#1 & ~block3_pool#7 & block3_pool#19 & block3_pool#37 & ~block3_pool#47 & block3_pool#59 -> coat
fired(I, r30) :- active(I, block3_pool, 19), active(I, block3_pool, 37), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 47).
class(I, coat) :- fired(I, r30).
% r31  support=30 confidence=0.6667  block3_pool#1 & ~block3_pool#7 & block3_pool#19 & block3_pool#37 & ~block3_pool#47 & block3_pool#59 -> dress
fired(I, r31) :- active(I, block3_pool, 1), active(I, block3_pool, 19), active(I, block3_pool, 37), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 47).
class(I, dress) :- fired(I, r31).
% r32  support=678 confidence=0.8790  ~block3_pool#1 & ~block3_pool#7 & block3_pool#37 & block3_pool#47 -> coat
fired(I, r32) :- active(I, block3_pool, 37), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 7).
class(I, coat) :- fired(I, r32).
% r33  support=99 confidence=0.5556  block3_pool#1 & ~block3_pool#7 & ~block3_pool#35 & block3_pool#37 & block3_pool#47 -> coat
fired(I, r33) :- active(I, block3_pool, 1), active(I, block3_pool, 37), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 35).
class(I, coat) :- fired(I, r33).
% r34  support=69 confidence=0.8840  block3_pool#1 & ~block3_pool#7 & block3_pool#35 & block3_pool#37 & block3_pool#47 -> dress
fired(I, r34) :- active(I, block3_pool, 1), active(I, block3_pool, 35), active(I, block3_pool, 37), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 7).
class(I, dress) :- fired(I, r34).
% r35  support=30 confidence=0.9667  ~block3_pool#5 & block3_pool#7 & ~block3_pool#8 & block3_pool#37 & ~block3_pool#39 & ~block3_pool#47 -> dress
fired(I, r35) :- active(I, block3_pool, 7), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 47).
class(I, dress) :- fired(I, r35).
% r36  support=23 confidence=0.5217  ~block3_pool#5 & block3_pool#7 & ~block3_pool#8 & block3_pool#37 & ~block3_pool#39 & block3_pool#47 -> coat
fired(I, r36) :- active(I, block3_pool, 7), active(I, block3_pool, 37), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r36).
% r37  support=98 confidence=0.9796  ~block3_pool#5 & block3_pool#7 & ~block3_pool#8 & block3_pool#37 & block3_pool#39 -> dress
fired(I, r37) :- active(I, block3_pool, 7), active(I, block3_pool, 37), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 8).
class(I, dress) :- fired(I, r37).
% r38  support=43 confidence=0.8837  ~block3_pool#5 & block3_pool#7 & block3_pool#8 & block3_pool#37 & ~block3_pool#58 -> coat
fired(I, r38) :- active(I, block3_pool, 7), active(I, block3_pool, 8), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r38).
% r39  support=1 confidence=1.0000  ~block3_pool#1 & ~block3_pool#5 & block3_pool#7 & block3_pool#8 & block3_pool#37 & block3_pool#58 -> pullover
fired(I, r39) :- active(I, block3_pool, 7), active(I, block3_pool, 8), active(I, block3_pool, 37), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 5).
class(I, pullover) :- fired(I, r39).
% r40  support=9 confidence=1.0000  block3_pool#1 & ~block3_pool#5 & block3_pool#7 & block3_pool#8 & block3_pool#37 & block3_pool#58 -> dress
fired(I, r40) :- active(I, block3_pool, 1), active(I, block3_pool, 7), active(I, block3_pool, 8), active(I, block3_pool, 37), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 5).
class(I, dress) :- fired(I, r40).
% r41  support=1309 confidence=0.9603  block3_pool#5 & block3_pool#7 & block3_pool#37 & ~block3_pool#59 -> dress
fired(I, r41) :- active(I, block3_pool, 5), active(I, block3_pool, 7), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r41).
% r42  support=6 confidence=0.8333  block3_pool#5 & block3_pool#7 & ~block3_pool#25 & ~block3_pool#30 & block3_pool#37 & block3_pool#59 -> coat
fired(I, r42) :- active(I, block3_pool, 5), active(I, block3_pool, 7), active(I, block3_pool, 37), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 30).
class(I, coat) :- fired(I, r42).
% r43  support=76 confidence=0.9605  block3_pool#5 & block3_pool#7 & block3_pool#25 & ~block3_pool#30 & block3_pool#37 & block3_pool#59 -> dress
fired(I, r43) :- active(I, block3_pool, 5), active(I, block3_pool, 7), active(I, block3_pool, 25), active(I, block3_pool, 37), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 30).
class(I, dress) :- fired(I, r43).
% r44  support=2729 confidence=0.9975  block3_pool#5 & block3_pool#7 & block3_pool#30 & block3_pool#37 & block3_pool#59 -> dress
fired(I, r44) :- active(I, block3_pool, 5), active(I, block3_pool, 7), active(I, block3_pool, 30), active(I, block3_pool, 37), active(I, block3_pool, 59), image(I).
class(I, dress) :- fired(I, r44).
