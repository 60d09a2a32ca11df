%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: pullover
%! class 1: coat
%! class 2: shirt
% vars=50 rules=41 size=227
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5818 confidence=0.9349  ~block3_pool#7 & ~block3_pool#10 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#50 & ~block3_pool#56 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r1).
% r2  support=103 confidence=0.7379  ~block3_pool#7 & block3_pool#10 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#50 & ~block3_pool#56 -> pullover
fired(I, r2) :- active(I, block3_pool, 10), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 56).
class(I, pullover) :- fired(I, r2).
% r3  support=533 confidence=0.8536  ~block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & block3_pool#50 & ~block3_pool#56 -> coat
fired(I, r3) :- active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r3).
% r4  support=566 confidence=0.9523  ~block3_pool#7 & ~block3_pool#12 & ~block3_pool#15 & ~block3_pool#22 & block3_pool#56 & ~block3_pool#63 -> pullover
fired(I, r4) :- active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r4).
% r5  support=6 confidence=0.6667  ~block3_pool#7 & ~block3_pool#12 & block3_pool#15 & ~block3_pool#22 & block3_pool#56 & ~block3_pool#63 -> shirt
fired(I, r5) :- active(I, block3_pool, 15), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r5).
% r6  support=4 confidence=1.0000  ~block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & block3_pool#56 & block3_pool#63 -> shirt
fired(I, r6) :- active(I, block3_pool, 56), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22).
class(I, shirt) :- fired(I, r6).
% r7  support=903 confidence=0.9679  ~block3_pool#3 & block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#51 & ~block3_pool#63 -> coat
fired(I, r7) :- active(I, block3_pool, 7), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r7).
% r8  support=18 confidence=0.3889  block3_pool#3 & block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#51 & ~block3_pool#63 -> pullover
fired(I, r8) :- active(I, block3_pool, 3), active(I, block3_pool, 7), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r8).
% r9  support=29 confidence=0.6207  block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#28 & block3_pool#51 & ~block3_pool#63 -> coat
fired(I, r9) :- active(I, block3_pool, 7), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r9).
% r10  support=12 confidence=0.9167  block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & block3_pool#28 & block3_pool#51 & ~block3_pool#63 -> shirt
fired(I, r10) :- active(I, block3_pool, 7), active(I, block3_pool, 28), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r10).
% r11  support=44 confidence=0.9091  ~block3_pool#0 & block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & ~block3_pool#50 & block3_pool#63 -> shirt
fired(I, r11) :- active(I, block3_pool, 7), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 50).
class(I, shirt) :- fired(I, r11).
% r12  support=1 confidence=1.0000  ~block3_pool#0 & block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & block3_pool#50 & block3_pool#63 -> coat
fired(I, r12) :- active(I, block3_pool, 7), active(I, block3_pool, 50), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22).
class(I, coat) :- fired(I, r12).
% r13  support=1 confidence=1.0000  block3_pool#0 & block3_pool#7 & ~block3_pool#12 & ~block3_pool#22 & block3_pool#63 -> coat
fired(I, r13) :- active(I, block3_pool, 0), active(I, block3_pool, 7), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 22).
class(I, coat) :- fired(I, r13).
% r14  support=3466 confidence=0.9916  block3_pool#12 & ~block3_pool#21 & ~block3_pool#22 & ~block3_pool#43 & ~block3_pool#48 & ~block3_pool#61 -> coat
fired(I, r14) :- active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r14).
% r15  support=5 confidence=0.6000  block3_pool#12 & ~block3_pool#21 & ~block3_pool#22 & ~block3_pool#43 & ~block3_pool#48 & block3_pool#61 -> shirt
fired(I, r15) :- active(I, block3_pool, 12), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r15).
% r16  support=183 confidence=0.8470  block3_pool#12 & ~block3_pool#21 & ~block3_pool#22 & ~block3_pool#41 & ~block3_pool#43 & block3_pool#48 -> coat
fired(I, r16) :- active(I, block3_pool, 12), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 43).
class(I, coat) :- fired(I, r16).
% r17  support=16 confidence=0.7500  block3_pool#12 & ~block3_pool#21 & ~block3_pool#22 & block3_pool#41 & ~block3_pool#43 & block3_pool#48 -> shirt
fired(I, r17) :- active(I, block3_pool, 12), active(I, block3_pool, 41), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 43).
class(I, shirt) :- fired(I, r17).
% r18  support=16 confidence=0.7500  block3_pool#12 & block3_pool#21 & ~block3_pool#22 & ~block3_pool#43 -> pullover
fired(I, r18) :- active(I, block3_pool, 12), active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 43).
class(I, pullover) :- fired(I, r18).
% r19  support=18 confidence=1.0000  block3_pool#12 & ~block3_pool#22 & block3_pool#43 & ~block3_pool#50 -> shirt
fired(I, r19) :- active(I, block3_pool, 12), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 50).
class(I, shirt) :- fired(I, r19).
% r20  support=22 confidence=0.5454  ~block3_pool#0 & block3_pool#12 & ~block3_pool#22 & block3_pool#43 & block3_pool#50 -> shirt
fired(I, r20) :- active(I, block3_pool, 12), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 22).
class(I, shirt) :- fired(I, r20).
% r21  support=13 confidence=0.9231  block3_pool#0 & block3_pool#12 & ~block3_pool#22 & block3_pool#43 & block3_pool#50 -> coat
fired(I, r21) :- active(I, block3_pool, 0), active(I, block3_pool, 12), active(I, block3_pool, 43), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 22).
class(I, coat) :- fired(I, r21).
% r22  support=4072 confidence=0.9885  ~block3_pool#12 & block3_pool#22 & ~block3_pool#29 & ~block3_pool#41 & ~block3_pool#63 -> pullover
fired(I, r22) :- active(I, block3_pool, 22), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r22).
% r23  support=33 confidence=0.6364  ~block3_pool#12 & block3_pool#22 & ~block3_pool#23 & ~block3_pool#29 & block3_pool#41 & ~block3_pool#63 -> shirt
fired(I, r23) :- active(I, block3_pool, 22), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r23).
% r24  support=72 confidence=0.9444  ~block3_pool#12 & block3_pool#22 & block3_pool#23 & ~block3_pool#29 & block3_pool#41 & ~block3_pool#63 -> pullover
fired(I, r24) :- active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r24).
% r25  support=33 confidence=0.6970  ~block3_pool#10 & ~block3_pool#12 & block3_pool#22 & ~block3_pool#23 & block3_pool#29 & ~block3_pool#63 -> shirt
fired(I, r25) :- active(I, block3_pool, 22), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r25).
% r26  support=26 confidence=0.6923  ~block3_pool#10 & ~block3_pool#12 & block3_pool#22 & block3_pool#23 & block3_pool#29 & ~block3_pool#63 -> pullover
fired(I, r26) :- active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r26).
% r27  support=25 confidence=1.0000  block3_pool#10 & ~block3_pool#12 & block3_pool#22 & block3_pool#29 & ~block3_pool#48 & ~block3_pool#63 -> pullover
fired(I, r27) :- active(I, block3_pool, 10), active(I, block3_pool, 22), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r27).
% r28  support=3 confidence=0.6667  block3_pool#10 & ~block3_pool#12 & block3_pool#22 & block3_pool#29 & block3_pool#48 & ~block3_pool#63 -> shirt
fired(I, r28) :- active(I, block3_pool, 10), active(I, block3_pool, 22), active(I, block3_pool, 29), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r28).
% r29  support=14 confidence=0.6429  block3_pool#12 & ~block3_pool#14 & block3_pool#22 & ~block3_pool#23 & ~block3_pool#50 & ~block3_pool#63 -> pullover
fired(I, r29) :- active(I, block3_pool, 12), active(I, block3_pool, 22), image(I), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r29).
% r30  support=1 confidence=1.0000  block3_pool#12 & block3_pool#14 & block3_pool#22 & ~block3_pool#23 & ~block3_pool#50 & ~block3_pool#63 -> coat
fired(I, r30) :- active(I, block3_pool, 12), active(I, block3_pool, 14), active(I, block3_pool, 22), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r30).
% r31  support=44 confidence=0.9318  block3_pool#12 & block3_pool#22 & ~block3_pool#23 & ~block3_pool#40 & block3_pool#50 & ~block3_pool#63 -> coat
fired(I, r31) :- active(I, block3_pool, 12), active(I, block3_pool, 22), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r31).
% r32  support=3 confidence=0.6667  block3_pool#12 & block3_pool#22 & ~block3_pool#23 & block3_pool#40 & block3_pool#50 & ~block3_pool#63 -> pullover
fired(I, r32) :- active(I, block3_pool, 12), active(I, block3_pool, 22), active(I, block3_pool, 40), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r32).
% r33  support=18 confidence=0.9444  block3_pool#12 & block3_pool#22 & block3_pool#23 & ~block3_pool#63 -> pullover
fired(I, r33) :- active(I, block3_pool, 12), active(I, block3_pool, 22), active(I, block3_pool, 23), image(I), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r33).
% r34  support=48 confidence=1.0000  ~block3_pool#4 & block3_pool#22 & ~block3_pool#23 & block3_pool#63 -> shirt
fired(I, r34) :- active(I, block3_pool, 22), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 23).
class(I, shirt) :- fired(I, r34).
% r35  support=1 confidence=1.0000  block3_pool#4 & ~block3_pool#19 & block3_pool#22 & ~block3_pool#23 & block3_pool#63 -> pullover
fired(I, r35) :- active(I, block3_pool, 4), active(I, block3_pool, 22), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 23).
class(I, pullover) :- fired(I, r35).
% r36  support=5 confidence=1.0000  block3_pool#4 & block3_pool#19 & block3_pool#22 & ~block3_pool#23 & block3_pool#63 -> shirt
fired(I, r36) :- active(I, block3_pool, 4), active(I, block3_pool, 19), active(I, block3_pool, 22), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 23).
class(I, shirt) :- fired(I, r36).
% r37  support=8 confidence=0.8750  ~block3_pool#4 & ~block3_pool#15 & block3_pool#22 & block3_pool#23 & ~block3_pool#27 & block3_pool#63 -> pullover
fired(I, r37) :- active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 27).
class(I, pullover) :- fired(I, r37).
% r38  support=1 confidence=1.0000  block3_pool#4 & ~block3_pool#15 & block3_pool#22 & block3_pool#23 & ~block3_pool#27 & block3_pool#63 -> shirt
fired(I, r38) :- active(I, block3_pool, 4), active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 27).
class(I, shirt) :- fired(I, r38).
% r39  support=6 confidence=1.0000  ~block3_pool#15 & block3_pool#22 & block3_pool#23 & block3_pool#27 & block3_pool#63 -> pullover
fired(I, r39) :- active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 27), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 15).
class(I, pullover) :- fired(I, r39).
% r40  support=7 confidence=1.0000  block3_pool#15 & block3_pool#22 & block3_pool#23 & ~block3_pool#35 & block3_pool#63 -> shirt
fired(I, r40) :- active(I, block3_pool, 15), active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 35).
class(I, shirt) :- fired(I, r40).
% r41  support=3 confidence=1.0000  block3_pool#15 & block3_pool#22 & block3_pool#23 & block3_pool#35 & block3_pool#63 -> pullover
fired(I, r41) :- active(I, block3_pool, 15), active(I, block3_pool, 22), active(I, block3_pool, 23), active(I, block3_pool, 35), active(I, block3_pool, 63), image(I).
class(I, pullover) :- fired(I, r41).
