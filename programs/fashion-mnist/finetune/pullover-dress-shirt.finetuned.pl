%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: pullover
%! class 1: dress
%! class 2: shirt
% vars=54 rules=45 size=253
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1801 confidence=0.7457  ~block3_pool#9 & ~block3_pool#12 & ~block3_pool#14 & ~block3_pool#39 & ~block3_pool#48 & ~block3_pool#59 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r1).
% r2  support=81 confidence=0.8889  ~block3_pool#9 & block3_pool#12 & ~block3_pool#14 & ~block3_pool#39 & ~block3_pool#48 & ~block3_pool#59 -> dress
fired(I, r2) :- active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r2).
% r3  support=178 confidence=0.9494  ~block3_pool#9 & ~block3_pool#14 & block3_pool#39 & ~block3_pool#48 & ~block3_pool#59 -> dress
fired(I, r3) :- active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r3).
% r4  support=888 confidence=0.7399  ~block3_pool#9 & block3_pool#14 & ~block3_pool#41 & ~block3_pool#48 & ~block3_pool#59 -> pullover
fired(I, r4) :- active(I, block3_pool, 14), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, pullover) :- fired(I, r4).
% r5  support=122 confidence=0.7705  ~block3_pool#9 & ~block3_pool#12 & block3_pool#14 & block3_pool#41 & ~block3_pool#48 & ~block3_pool#59 -> shirt
fired(I, r5) :- active(I, block3_pool, 14), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r5).
% r6  support=11 confidence=0.9091  ~block3_pool#9 & block3_pool#12 & block3_pool#14 & block3_pool#41 & ~block3_pool#48 & ~block3_pool#59 -> dress
fired(I, r6) :- active(I, block3_pool, 12), active(I, block3_pool, 14), active(I, block3_pool, 41), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r6).
% r7  support=3233 confidence=0.9889  ~block3_pool#9 & ~block3_pool#14 & ~block3_pool#20 & ~block3_pool#39 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r7) :- active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r7).
% r8  support=6 confidence=0.6667  ~block3_pool#9 & ~block3_pool#14 & ~block3_pool#20 & block3_pool#39 & ~block3_pool#48 & block3_pool#59 -> dress
fired(I, r8) :- active(I, block3_pool, 39), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r8).
% r9  support=296 confidence=0.8784  ~block3_pool#9 & block3_pool#14 & ~block3_pool#20 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r9) :- active(I, block3_pool, 14), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r9).
% r10  support=37 confidence=0.7568  ~block3_pool#9 & block3_pool#20 & ~block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r10) :- active(I, block3_pool, 20), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r10).
% r11  support=17 confidence=0.8824  ~block3_pool#2 & ~block3_pool#9 & block3_pool#20 & block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> pullover
fired(I, r11) :- active(I, block3_pool, 20), active(I, block3_pool, 38), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r11).
% r12  support=4 confidence=0.7500  block3_pool#2 & ~block3_pool#9 & block3_pool#20 & block3_pool#38 & ~block3_pool#48 & block3_pool#59 -> shirt
fired(I, r12) :- active(I, block3_pool, 2), active(I, block3_pool, 20), active(I, block3_pool, 38), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r12).
% r13  support=3964 confidence=0.9932  ~block3_pool#9 & ~block3_pool#24 & ~block3_pool#37 & ~block3_pool#41 & block3_pool#48 & ~block3_pool#60 -> pullover
fired(I, r13) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 60).
class(I, pullover) :- fired(I, r13).
% r14  support=2 confidence=1.0000  ~block3_pool#9 & ~block3_pool#24 & block3_pool#37 & ~block3_pool#41 & block3_pool#48 & ~block3_pool#60 -> dress
fired(I, r14) :- active(I, block3_pool, 37), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 60).
class(I, dress) :- fired(I, r14).
% r15  support=35 confidence=0.6857  ~block3_pool#9 & ~block3_pool#24 & block3_pool#41 & block3_pool#48 & ~block3_pool#60 -> pullover
fired(I, r15) :- active(I, block3_pool, 41), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 60).
class(I, pullover) :- fired(I, r15).
% r16  support=18 confidence=0.6667  ~block3_pool#9 & ~block3_pool#24 & ~block3_pool#47 & block3_pool#48 & block3_pool#60 & ~block3_pool#62 -> pullover
fired(I, r16) :- active(I, block3_pool, 48), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r16).
% r17  support=27 confidence=0.8889  ~block3_pool#9 & ~block3_pool#24 & block3_pool#47 & block3_pool#48 & block3_pool#60 & ~block3_pool#62 -> shirt
fired(I, r17) :- active(I, block3_pool, 47), active(I, block3_pool, 48), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r17).
% r18  support=183 confidence=0.9016  ~block3_pool#9 & ~block3_pool#24 & block3_pool#48 & block3_pool#60 & block3_pool#62 -> pullover
fired(I, r18) :- active(I, block3_pool, 48), active(I, block3_pool, 60), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 24).
class(I, pullover) :- fired(I, r18).
% r19  support=6 confidence=0.8333  ~block3_pool#8 & ~block3_pool#9 & ~block3_pool#20 & block3_pool#24 & block3_pool#48 & ~block3_pool#60 -> pullover
fired(I, r19) :- active(I, block3_pool, 24), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 60).
class(I, pullover) :- fired(I, r19).
% r20  support=5 confidence=0.8000  block3_pool#8 & ~block3_pool#9 & ~block3_pool#20 & block3_pool#24 & block3_pool#48 & ~block3_pool#60 -> shirt
fired(I, r20) :- active(I, block3_pool, 8), active(I, block3_pool, 24), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 60).
class(I, shirt) :- fired(I, r20).
% r21  support=57 confidence=0.9825  ~block3_pool#7 & ~block3_pool#9 & ~block3_pool#20 & block3_pool#24 & block3_pool#48 & block3_pool#60 -> shirt
fired(I, r21) :- active(I, block3_pool, 24), active(I, block3_pool, 48), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20).
class(I, shirt) :- fired(I, r21).
% r22  support=1 confidence=1.0000  block3_pool#7 & ~block3_pool#9 & ~block3_pool#20 & block3_pool#24 & block3_pool#48 & block3_pool#60 -> pullover
fired(I, r22) :- active(I, block3_pool, 7), active(I, block3_pool, 24), active(I, block3_pool, 48), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20).
class(I, pullover) :- fired(I, r22).
% r23  support=14 confidence=0.7857  ~block3_pool#9 & block3_pool#20 & ~block3_pool#21 & block3_pool#24 & ~block3_pool#43 & block3_pool#48 -> shirt
fired(I, r23) :- active(I, block3_pool, 20), active(I, block3_pool, 24), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 43).
class(I, shirt) :- fired(I, r23).
% r24  support=14 confidence=0.7857  ~block3_pool#9 & block3_pool#20 & ~block3_pool#21 & block3_pool#24 & block3_pool#43 & block3_pool#48 -> pullover
fired(I, r24) :- active(I, block3_pool, 20), active(I, block3_pool, 24), active(I, block3_pool, 43), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 21).
class(I, pullover) :- fired(I, r24).
% r25  support=58 confidence=0.9310  ~block3_pool#9 & block3_pool#20 & block3_pool#21 & block3_pool#24 & block3_pool#48 -> pullover
fired(I, r25) :- active(I, block3_pool, 20), active(I, block3_pool, 21), active(I, block3_pool, 24), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 9).
class(I, pullover) :- fired(I, r25).
% r26  support=403 confidence=0.8759  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & ~block3_pool#39 & ~block3_pool#59 -> dress
fired(I, r26) :- active(I, block3_pool, 9), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r26).
% r27  support=544 confidence=1.0000  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#39 & ~block3_pool#59 & ~block3_pool#62 -> dress
fired(I, r27) :- active(I, block3_pool, 9), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 59), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r27).
% r28  support=1 confidence=1.0000  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#39 & ~block3_pool#59 & block3_pool#62 -> shirt
fired(I, r28) :- active(I, block3_pool, 9), active(I, block3_pool, 39), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r28).
% r29  support=16 confidence=0.9375  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & ~block3_pool#41 & ~block3_pool#57 & block3_pool#59 -> dress
fired(I, r29) :- active(I, block3_pool, 9), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 57).
class(I, dress) :- fired(I, r29).
% r30  support=18 confidence=0.6111  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#41 & ~block3_pool#57 & block3_pool#59 -> shirt
fired(I, r30) :- active(I, block3_pool, 9), active(I, block3_pool, 41), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 57).
class(I, shirt) :- fired(I, r30).
% r31  support=14 confidence=0.8571  ~block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#57 & block3_pool#59 -> shirt
fired(I, r31) :- active(I, block3_pool, 9), active(I, block3_pool, 57), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 12).
class(I, shirt) :- fired(I, r31).
% r32  support=282 confidence=0.9929  ~block3_pool#2 & block3_pool#9 & block3_pool#12 & ~block3_pool#42 & ~block3_pool#59 -> dress
fired(I, r32) :- active(I, block3_pool, 9), active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r32).
% r33  support=1 confidence=1.0000  ~block3_pool#2 & block3_pool#9 & block3_pool#12 & ~block3_pool#28 & ~block3_pool#42 & block3_pool#59 -> shirt
fired(I, r33) :- active(I, block3_pool, 9), active(I, block3_pool, 12), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 42).
class(I, shirt) :- fired(I, r33).
% r34  support=5 confidence=1.0000  ~block3_pool#2 & block3_pool#9 & block3_pool#12 & block3_pool#28 & ~block3_pool#42 & block3_pool#59 -> dress
fired(I, r34) :- active(I, block3_pool, 9), active(I, block3_pool, 12), active(I, block3_pool, 28), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r34).
% r35  support=3422 confidence=0.9994  ~block3_pool#2 & block3_pool#9 & block3_pool#12 & block3_pool#42 -> dress
fired(I, r35) :- active(I, block3_pool, 9), active(I, block3_pool, 12), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 2).
class(I, dress) :- fired(I, r35).
% r36  support=56 confidence=0.8750  block3_pool#2 & block3_pool#9 & ~block3_pool#12 & ~block3_pool#27 & ~block3_pool#28 & ~block3_pool#30 -> dress
fired(I, r36) :- active(I, block3_pool, 2), active(I, block3_pool, 9), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 30).
class(I, dress) :- fired(I, r36).
% r37  support=4 confidence=0.7500  block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#27 & ~block3_pool#28 & ~block3_pool#30 -> shirt
fired(I, r37) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 27), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 30).
class(I, shirt) :- fired(I, r37).
% r38  support=4 confidence=1.0000  block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#28 & ~block3_pool#30 & ~block3_pool#58 -> shirt
fired(I, r38) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 58).
class(I, shirt) :- fired(I, r38).
% r39  support=11 confidence=0.6364  block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#28 & ~block3_pool#30 & block3_pool#58 -> dress
fired(I, r39) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 28), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 30).
class(I, dress) :- fired(I, r39).
% r40  support=58 confidence=0.7759  block3_pool#2 & block3_pool#9 & ~block3_pool#10 & ~block3_pool#12 & block3_pool#30 & ~block3_pool#59 -> shirt
fired(I, r40) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 59).
class(I, shirt) :- fired(I, r40).
% r41  support=15 confidence=0.7333  block3_pool#2 & block3_pool#9 & block3_pool#10 & ~block3_pool#12 & block3_pool#30 & ~block3_pool#59 -> dress
fired(I, r41) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 10), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r41).
% r42  support=165 confidence=0.9939  block3_pool#2 & block3_pool#9 & ~block3_pool#12 & block3_pool#30 & block3_pool#59 -> shirt
fired(I, r42) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 30), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 12).
class(I, shirt) :- fired(I, r42).
% r43  support=121 confidence=0.9835  block3_pool#2 & block3_pool#9 & block3_pool#12 & ~block3_pool#62 & ~block3_pool#63 -> dress
fired(I, r43) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 62), \+ active(I, block3_pool, 63).
class(I, dress) :- fired(I, r43).
% r44  support=1 confidence=1.0000  block3_pool#2 & block3_pool#9 & block3_pool#12 & ~block3_pool#62 & block3_pool#63 -> shirt
fired(I, r44) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 12), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r44).
% r45  support=1 confidence=1.0000  block3_pool#2 & block3_pool#9 & block3_pool#12 & block3_pool#62 -> shirt
fired(I, r45) :- active(I, block3_pool, 2), active(I, block3_pool, 9), active(I, block3_pool, 12), active(I, block3_pool, 62), image(I).
class(I, shirt) :- fired(I, r45).
