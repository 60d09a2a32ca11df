%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: dress
%! class 1: coat
%! class 2: shirt
% vars=54 rules=35 size=191
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=4883 confidence=0.9316  ~block3_pool#0 & ~block3_pool#9 & ~block3_pool#32 & ~block3_pool#37 & ~block3_pool#47 & ~block3_pool#56 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r1).
% r2  support=202 confidence=0.6931  ~block3_pool#0 & block3_pool#9 & ~block3_pool#37 & ~block3_pool#47 & ~block3_pool#56 -> coat
fired(I, r2) :- active(I, block3_pool, 9), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r2).
% r3  support=188 confidence=0.7447  ~block3_pool#0 & ~block3_pool#9 & block3_pool#32 & ~block3_pool#37 & ~block3_pool#47 & ~block3_pool#56 -> dress
fired(I, r3) :- active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 56).
class(I, dress) :- fired(I, r3).
% r4  support=563 confidence=0.8561  ~block3_pool#0 & ~block3_pool#37 & block3_pool#47 & ~block3_pool#52 & ~block3_pool#56 & ~block3_pool#61 -> coat
fired(I, r4) :- active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r4).
% r5  support=61 confidence=0.7869  ~block3_pool#0 & ~block3_pool#37 & block3_pool#47 & ~block3_pool#52 & ~block3_pool#56 & block3_pool#61 -> shirt
fired(I, r5) :- active(I, block3_pool, 47), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 52), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r5).
% r6  support=512 confidence=0.7618  ~block3_pool#0 & ~block3_pool#37 & block3_pool#47 & block3_pool#52 & ~block3_pool#56 -> shirt
fired(I, r6) :- active(I, block3_pool, 47), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r6).
% r7  support=701 confidence=0.8617  ~block3_pool#0 & ~block3_pool#9 & block3_pool#37 & ~block3_pool#56 -> dress
fired(I, r7) :- active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 56).
class(I, dress) :- fired(I, r7).
% r8  support=15 confidence=0.7333  ~block3_pool#0 & block3_pool#9 & ~block3_pool#24 & block3_pool#37 & ~block3_pool#56 & ~block3_pool#60 -> dress
fired(I, r8) :- active(I, block3_pool, 9), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 60).
class(I, dress) :- fired(I, r8).
% r9  support=5 confidence=0.8000  ~block3_pool#0 & block3_pool#9 & block3_pool#24 & block3_pool#37 & ~block3_pool#56 & ~block3_pool#60 -> coat
fired(I, r9) :- active(I, block3_pool, 9), active(I, block3_pool, 24), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 60).
class(I, coat) :- fired(I, r9).
% r10  support=62 confidence=0.9516  ~block3_pool#0 & block3_pool#9 & ~block3_pool#15 & block3_pool#37 & ~block3_pool#56 & block3_pool#60 -> coat
fired(I, r10) :- active(I, block3_pool, 9), active(I, block3_pool, 37), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r10).
% r11  support=1 confidence=1.0000  ~block3_pool#0 & block3_pool#9 & block3_pool#15 & block3_pool#37 & ~block3_pool#56 & block3_pool#60 -> shirt
fired(I, r11) :- active(I, block3_pool, 9), active(I, block3_pool, 15), active(I, block3_pool, 37), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r11).
% r12  support=3507 confidence=0.9421  block3_pool#0 & ~block3_pool#21 & ~block3_pool#56 -> coat
fired(I, r12) :- active(I, block3_pool, 0), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r12).
% r13  support=349 confidence=0.9628  block3_pool#0 & block3_pool#21 & ~block3_pool#31 & ~block3_pool#40 & ~block3_pool#43 & ~block3_pool#56 -> shirt
fired(I, r13) :- active(I, block3_pool, 0), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r13).
% r14  support=6 confidence=0.8333  block3_pool#0 & block3_pool#21 & ~block3_pool#31 & ~block3_pool#40 & block3_pool#43 & ~block3_pool#56 -> coat
fired(I, r14) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r14).
% r15  support=28 confidence=0.9286  block3_pool#0 & block3_pool#21 & block3_pool#31 & ~block3_pool#40 & ~block3_pool#50 & ~block3_pool#56 -> coat
fired(I, r15) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r15).
% r16  support=47 confidence=0.6596  block3_pool#0 & block3_pool#21 & block3_pool#31 & ~block3_pool#40 & block3_pool#50 & ~block3_pool#56 -> shirt
fired(I, r16) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 31), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r16).
% r17  support=32 confidence=0.7812  block3_pool#0 & block3_pool#21 & ~block3_pool#28 & ~block3_pool#30 & block3_pool#40 & ~block3_pool#56 -> coat
fired(I, r17) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r17).
% r18  support=26 confidence=0.7308  block3_pool#0 & block3_pool#21 & ~block3_pool#28 & block3_pool#30 & block3_pool#40 & ~block3_pool#56 -> shirt
fired(I, r18) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 30), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r18).
% r19  support=431 confidence=0.9698  block3_pool#0 & block3_pool#21 & block3_pool#28 & block3_pool#40 & ~block3_pool#56 -> coat
fired(I, r19) :- active(I, block3_pool, 0), active(I, block3_pool, 21), active(I, block3_pool, 28), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r19).
% r20  support=4202 confidence=0.9971  ~block3_pool#4 & ~block3_pool#9 & ~block3_pool#19 & block3_pool#56 & ~block3_pool#57 -> dress
fired(I, r20) :- active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r20).
% r21  support=72 confidence=0.9306  ~block3_pool#4 & ~block3_pool#9 & ~block3_pool#19 & ~block3_pool#40 & block3_pool#56 & block3_pool#57 -> dress
fired(I, r21) :- active(I, block3_pool, 56), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 40).
class(I, dress) :- fired(I, r21).
% r22  support=3 confidence=1.0000  ~block3_pool#4 & ~block3_pool#9 & ~block3_pool#19 & block3_pool#40 & block3_pool#56 & block3_pool#57 -> shirt
fired(I, r22) :- active(I, block3_pool, 40), active(I, block3_pool, 56), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 19).
class(I, shirt) :- fired(I, r22).
% r23  support=127 confidence=1.0000  ~block3_pool#4 & ~block3_pool#9 & block3_pool#19 & ~block3_pool#29 & block3_pool#56 & ~block3_pool#60 -> dress
fired(I, r23) :- active(I, block3_pool, 19), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 60).
class(I, dress) :- fired(I, r23).
% r24  support=3 confidence=0.6667  ~block3_pool#4 & ~block3_pool#9 & block3_pool#19 & block3_pool#29 & block3_pool#56 & ~block3_pool#60 -> coat
fired(I, r24) :- active(I, block3_pool, 19), active(I, block3_pool, 29), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 60).
class(I, coat) :- fired(I, r24).
% r25  support=79 confidence=0.7722  ~block3_pool#4 & ~block3_pool#9 & block3_pool#19 & block3_pool#56 & block3_pool#60 -> dress
fired(I, r25) :- active(I, block3_pool, 19), active(I, block3_pool, 56), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 9).
class(I, dress) :- fired(I, r25).
% r26  support=26 confidence=0.6923  block3_pool#4 & ~block3_pool#9 & block3_pool#56 -> dress
fired(I, r26) :- active(I, block3_pool, 4), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 9).
class(I, dress) :- fired(I, r26).
% r27  support=10 confidence=1.0000  ~block3_pool#1 & block3_pool#9 & ~block3_pool#19 & ~block3_pool#26 & block3_pool#56 -> dress
fired(I, r27) :- active(I, block3_pool, 9), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r27).
% r28  support=1 confidence=1.0000  ~block3_pool#1 & block3_pool#9 & ~block3_pool#19 & block3_pool#26 & block3_pool#56 -> coat
fired(I, r28) :- active(I, block3_pool, 9), active(I, block3_pool, 26), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 19).
class(I, coat) :- fired(I, r28).
% r29  support=2 confidence=1.0000  block3_pool#1 & block3_pool#9 & ~block3_pool#19 & block3_pool#56 -> coat
fired(I, r29) :- active(I, block3_pool, 1), active(I, block3_pool, 9), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 19).
class(I, coat) :- fired(I, r29).
% r30  support=3 confidence=1.0000  block3_pool#9 & block3_pool#19 & ~block3_pool#40 & block3_pool#56 & ~block3_pool#60 -> dress
fired(I, r30) :- active(I, block3_pool, 9), active(I, block3_pool, 19), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 60).
class(I, dress) :- fired(I, r30).
% r31  support=2 confidence=1.0000  block3_pool#9 & ~block3_pool#17 & block3_pool#19 & ~block3_pool#40 & block3_pool#56 & block3_pool#60 -> dress
fired(I, r31) :- active(I, block3_pool, 9), active(I, block3_pool, 19), active(I, block3_pool, 56), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 40).
class(I, dress) :- fired(I, r31).
% r32  support=19 confidence=0.7895  block3_pool#9 & block3_pool#17 & block3_pool#19 & ~block3_pool#40 & block3_pool#56 & block3_pool#60 -> coat
fired(I, r32) :- active(I, block3_pool, 9), active(I, block3_pool, 17), active(I, block3_pool, 19), active(I, block3_pool, 56), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 40).
class(I, coat) :- fired(I, r32).
% r33  support=27 confidence=1.0000  ~block3_pool#3 & block3_pool#9 & block3_pool#19 & block3_pool#40 & block3_pool#56 -> coat
fired(I, r33) :- active(I, block3_pool, 9), active(I, block3_pool, 19), active(I, block3_pool, 40), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 3).
class(I, coat) :- fired(I, r33).
% r34  support=4 confidence=1.0000  block3_pool#3 & block3_pool#9 & ~block3_pool#10 & block3_pool#19 & block3_pool#40 & block3_pool#56 -> coat
fired(I, r34) :- active(I, block3_pool, 3), active(I, block3_pool, 9), active(I, block3_pool, 19), active(I, block3_pool, 40), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 10).
class(I, coat) :- fired(I, r34).
% r35  support=1 confidence=1.0000  block3_pool#3 & block3_pool#9 & block3_pool#10 & block3_pool#19 & block3_pool#40 & block3_pool#56 -> dress
fired(I, r35) :- active(I, block3_pool, 3), active(I, block3_pool, 9), active(I, block3_pool, 10), active(I, block3_pool, 19), active(I, block3_pool, 40), active(I, block3_pool, 56), image(I).
class(I, dress) :- fired(I, r35).
