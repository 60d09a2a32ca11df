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
% vars=56 rules=50 size=288
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=1460 confidence=0.7164  ~block3_pool#3 & ~block3_pool#23 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#60 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 60).
class(I, shirt) :- fired(I, r1).
% r2  support=177 confidence=0.6610  block3_pool#3 & ~block3_pool#23 & ~block3_pool#34 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#60 -> dress
fired(I, r2) :- active(I, block3_pool, 3), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 60).
class(I, dress) :- fired(I, r2).
% r3  support=204 confidence=0.7402  block3_pool#3 & ~block3_pool#23 & block3_pool#34 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#60 -> shirt
fired(I, r3) :- active(I, block3_pool, 3), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 60).
class(I, shirt) :- fired(I, r3).
% r4  support=2573 confidence=0.9207  ~block3_pool#23 & ~block3_pool#37 & ~block3_pool#48 & block3_pool#60 -> shirt
fired(I, r4) :- active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r4).
% r5  support=53 confidence=0.6604  ~block3_pool#3 & block3_pool#23 & ~block3_pool#28 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#56 -> shirt
fired(I, r5) :- active(I, block3_pool, 23), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r5).
% r6  support=101 confidence=0.5842  block3_pool#3 & block3_pool#23 & ~block3_pool#28 & ~block3_pool#37 & ~block3_pool#48 & ~block3_pool#56 -> dress
fired(I, r6) :- active(I, block3_pool, 3), active(I, block3_pool, 23), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 56).
class(I, dress) :- fired(I, r6).
% r7  support=504 confidence=0.8691  block3_pool#23 & ~block3_pool#28 & ~block3_pool#37 & ~block3_pool#48 & block3_pool#56 -> dress
fired(I, r7) :- active(I, block3_pool, 23), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r7).
% r8  support=298 confidence=0.8591  block3_pool#23 & block3_pool#28 & ~block3_pool#37 & ~block3_pool#42 & ~block3_pool#48 -> shirt
fired(I, r8) :- active(I, block3_pool, 23), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r8).
% r9  support=14 confidence=1.0000  block3_pool#23 & block3_pool#28 & ~block3_pool#37 & block3_pool#42 & ~block3_pool#48 & ~block3_pool#56 -> shirt
fired(I, r9) :- active(I, block3_pool, 23), active(I, block3_pool, 28), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r9).
% r10  support=50 confidence=0.8400  block3_pool#23 & block3_pool#28 & ~block3_pool#37 & block3_pool#42 & ~block3_pool#48 & block3_pool#56 -> dress
fired(I, r10) :- active(I, block3_pool, 23), active(I, block3_pool, 28), active(I, block3_pool, 42), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r10).
% r11  support=413 confidence=0.7942  ~block3_pool#3 & ~block3_pool#9 & ~block3_pool#14 & block3_pool#37 & ~block3_pool#48 -> shirt
fired(I, r11) :- active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r11).
% r12  support=94 confidence=0.4043  ~block3_pool#3 & ~block3_pool#9 & block3_pool#14 & block3_pool#37 & ~block3_pool#48 & ~block3_pool#52 -> shirt
fired(I, r12) :- active(I, block3_pool, 14), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 52).
class(I, shirt) :- fired(I, r12).
% r13  support=48 confidence=0.7500  ~block3_pool#3 & ~block3_pool#9 & block3_pool#14 & block3_pool#37 & ~block3_pool#48 & block3_pool#52 -> pullover
fired(I, r13) :- active(I, block3_pool, 14), active(I, block3_pool, 37), active(I, block3_pool, 52), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r13).
% r14  support=155 confidence=0.7484  ~block3_pool#3 & block3_pool#9 & ~block3_pool#27 & block3_pool#37 & ~block3_pool#40 & ~block3_pool#48 -> dress
fired(I, r14) :- active(I, block3_pool, 9), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r14).
% r15  support=59 confidence=0.5424  ~block3_pool#3 & block3_pool#9 & block3_pool#27 & block3_pool#37 & ~block3_pool#40 & ~block3_pool#48 -> shirt
fired(I, r15) :- active(I, block3_pool, 9), active(I, block3_pool, 27), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r15).
% r16  support=42 confidence=0.5476  ~block3_pool#3 & block3_pool#9 & ~block3_pool#24 & block3_pool#37 & block3_pool#40 & ~block3_pool#48 -> shirt
fired(I, r16) :- active(I, block3_pool, 9), active(I, block3_pool, 37), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r16).
% r17  support=19 confidence=0.8421  ~block3_pool#3 & block3_pool#9 & block3_pool#24 & block3_pool#37 & block3_pool#40 & ~block3_pool#48 -> pullover
fired(I, r17) :- active(I, block3_pool, 9), active(I, block3_pool, 24), active(I, block3_pool, 37), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r17).
% r18  support=879 confidence=0.8771  block3_pool#3 & ~block3_pool#28 & block3_pool#37 & ~block3_pool#48 & ~block3_pool#61 -> dress
fired(I, r18) :- active(I, block3_pool, 3), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r18).
% r19  support=195 confidence=0.7333  block3_pool#3 & ~block3_pool#19 & block3_pool#28 & block3_pool#37 & ~block3_pool#48 & ~block3_pool#61 -> shirt
fired(I, r19) :- active(I, block3_pool, 3), active(I, block3_pool, 28), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r19).
% r20  support=41 confidence=0.9268  block3_pool#3 & block3_pool#19 & block3_pool#28 & block3_pool#37 & ~block3_pool#48 & ~block3_pool#61 -> dress
fired(I, r20) :- active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 28), active(I, block3_pool, 37), image(I), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 61).
class(I, dress) :- fired(I, r20).
% r21  support=3021 confidence=0.9755  block3_pool#3 & block3_pool#37 & ~block3_pool#48 & block3_pool#61 -> dress
fired(I, r21) :- active(I, block3_pool, 3), active(I, block3_pool, 37), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r21).
% r22  support=914 confidence=0.8096  ~block3_pool#3 & block3_pool#48 & ~block3_pool#51 & ~block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r22) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r22).
% r23  support=132 confidence=0.6364  ~block3_pool#3 & ~block3_pool#45 & block3_pool#48 & block3_pool#51 & ~block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r23) :- active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 45), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r23).
% r24  support=121 confidence=0.7025  ~block3_pool#3 & block3_pool#45 & block3_pool#48 & block3_pool#51 & ~block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r24) :- active(I, block3_pool, 45), active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r24).
% r25  support=25 confidence=0.4000  ~block3_pool#3 & ~block3_pool#14 & ~block3_pool#47 & block3_pool#48 & block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r25) :- active(I, block3_pool, 48), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r25).
% r26  support=176 confidence=0.8807  ~block3_pool#3 & ~block3_pool#14 & block3_pool#47 & block3_pool#48 & block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r26) :- active(I, block3_pool, 47), active(I, block3_pool, 48), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r26).
% r27  support=42 confidence=0.8571  ~block3_pool#3 & block3_pool#14 & block3_pool#48 & ~block3_pool#51 & block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r27) :- active(I, block3_pool, 14), active(I, block3_pool, 48), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r27).
% r28  support=21 confidence=0.5714  ~block3_pool#3 & block3_pool#14 & block3_pool#48 & block3_pool#51 & block3_pool#61 & ~block3_pool#62 -> dress
fired(I, r28) :- active(I, block3_pool, 14), active(I, block3_pool, 48), active(I, block3_pool, 51), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r28).
% r29  support=983 confidence=0.8748  ~block3_pool#3 & ~block3_pool#43 & block3_pool#48 & ~block3_pool#61 & block3_pool#62 -> pullover
fired(I, r29) :- active(I, block3_pool, 48), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r29).
% r30  support=38 confidence=0.6316  ~block3_pool#3 & ~block3_pool#26 & ~block3_pool#43 & block3_pool#48 & block3_pool#61 & block3_pool#62 -> shirt
fired(I, r30) :- active(I, block3_pool, 48), active(I, block3_pool, 61), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 43).
class(I, shirt) :- fired(I, r30).
% r31  support=29 confidence=0.6897  ~block3_pool#3 & block3_pool#26 & ~block3_pool#43 & block3_pool#48 & block3_pool#61 & block3_pool#62 -> pullover
fired(I, r31) :- active(I, block3_pool, 26), active(I, block3_pool, 48), active(I, block3_pool, 61), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 43).
class(I, pullover) :- fired(I, r31).
% r32  support=2487 confidence=0.9867  ~block3_pool#3 & block3_pool#43 & ~block3_pool#46 & block3_pool#48 & ~block3_pool#61 & block3_pool#62 -> pullover
fired(I, r32) :- active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r32).
% r33  support=1 confidence=1.0000  ~block3_pool#3 & block3_pool#43 & block3_pool#46 & block3_pool#48 & ~block3_pool#61 & block3_pool#62 -> shirt
fired(I, r33) :- active(I, block3_pool, 43), active(I, block3_pool, 46), active(I, block3_pool, 48), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r33).
% r34  support=21 confidence=0.5714  ~block3_pool#3 & ~block3_pool#22 & block3_pool#43 & block3_pool#48 & block3_pool#61 & block3_pool#62 -> shirt
fired(I, r34) :- active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 61), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 22).
class(I, shirt) :- fired(I, r34).
% r35  support=152 confidence=0.9013  ~block3_pool#3 & block3_pool#22 & block3_pool#43 & block3_pool#48 & block3_pool#61 & block3_pool#62 -> pullover
fired(I, r35) :- active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 61), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3).
class(I, pullover) :- fired(I, r35).
% r36  support=11 confidence=0.6364  block3_pool#3 & ~block3_pool#26 & ~block3_pool#34 & ~block3_pool#37 & block3_pool#48 & ~block3_pool#49 -> shirt
fired(I, r36) :- active(I, block3_pool, 3), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 49).
class(I, shirt) :- fired(I, r36).
% r37  support=18 confidence=0.8889  block3_pool#3 & block3_pool#26 & ~block3_pool#34 & ~block3_pool#37 & block3_pool#48 & ~block3_pool#49 -> dress
fired(I, r37) :- active(I, block3_pool, 3), active(I, block3_pool, 26), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 49).
class(I, dress) :- fired(I, r37).
% r38  support=250 confidence=0.9520  block3_pool#3 & ~block3_pool#34 & block3_pool#37 & block3_pool#48 & ~block3_pool#49 -> dress
fired(I, r38) :- active(I, block3_pool, 3), active(I, block3_pool, 37), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 49).
class(I, dress) :- fired(I, r38).
% r39  support=26 confidence=0.6923  block3_pool#3 & ~block3_pool#19 & ~block3_pool#27 & block3_pool#34 & block3_pool#48 & ~block3_pool#49 -> shirt
fired(I, r39) :- active(I, block3_pool, 3), active(I, block3_pool, 34), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 27), \+ active(I, block3_pool, 49).
class(I, shirt) :- fired(I, r39).
% r40  support=51 confidence=0.6078  block3_pool#3 & ~block3_pool#19 & block3_pool#27 & block3_pool#34 & block3_pool#48 & ~block3_pool#49 -> pullover
fired(I, r40) :- active(I, block3_pool, 3), active(I, block3_pool, 27), active(I, block3_pool, 34), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 49).
class(I, pullover) :- fired(I, r40).
% r41  support=1 confidence=1.0000  block3_pool#3 & block3_pool#19 & ~block3_pool#23 & block3_pool#34 & block3_pool#48 & ~block3_pool#49 -> pullover
fired(I, r41) :- active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 34), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 23), \+ active(I, block3_pool, 49).
class(I, pullover) :- fired(I, r41).
% r42  support=44 confidence=1.0000  block3_pool#3 & block3_pool#19 & block3_pool#23 & block3_pool#34 & block3_pool#48 & ~block3_pool#49 -> dress
fired(I, r42) :- active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 23), active(I, block3_pool, 34), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 49).
class(I, dress) :- fired(I, r42).
% r43  support=22 confidence=0.7273  block3_pool#3 & ~block3_pool#19 & ~block3_pool#25 & block3_pool#48 & block3_pool#49 & ~block3_pool#62 -> pullover
fired(I, r43) :- active(I, block3_pool, 3), active(I, block3_pool, 48), active(I, block3_pool, 49), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r43).
% r44  support=78 confidence=0.6795  block3_pool#3 & ~block3_pool#19 & block3_pool#25 & block3_pool#48 & block3_pool#49 & ~block3_pool#62 -> shirt
fired(I, r44) :- active(I, block3_pool, 3), active(I, block3_pool, 25), active(I, block3_pool, 48), active(I, block3_pool, 49), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r44).
% r45  support=17 confidence=0.9412  ~block3_pool#0 & block3_pool#3 & block3_pool#19 & block3_pool#48 & block3_pool#49 & ~block3_pool#62 -> dress
fired(I, r45) :- active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 48), active(I, block3_pool, 49), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 62).
class(I, dress) :- fired(I, r45).
% r46  support=2 confidence=1.0000  block3_pool#0 & block3_pool#3 & block3_pool#19 & block3_pool#48 & block3_pool#49 & ~block3_pool#62 -> shirt
fired(I, r46) :- active(I, block3_pool, 0), active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 48), active(I, block3_pool, 49), image(I), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r46).
% r47  support=14 confidence=0.7857  block3_pool#3 & ~block3_pool#34 & ~block3_pool#43 & block3_pool#48 & block3_pool#49 & block3_pool#62 -> dress
fired(I, r47) :- active(I, block3_pool, 3), active(I, block3_pool, 48), active(I, block3_pool, 49), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 43).
class(I, dress) :- fired(I, r47).
% r48  support=27 confidence=0.6296  block3_pool#3 & block3_pool#34 & ~block3_pool#43 & block3_pool#48 & block3_pool#49 & block3_pool#62 -> pullover
fired(I, r48) :- active(I, block3_pool, 3), active(I, block3_pool, 34), active(I, block3_pool, 48), active(I, block3_pool, 49), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 43).
class(I, pullover) :- fired(I, r48).
% r49  support=96 confidence=0.9479  block3_pool#3 & ~block3_pool#19 & block3_pool#43 & block3_pool#48 & block3_pool#49 & block3_pool#62 -> pullover
fired(I, r49) :- active(I, block3_pool, 3), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 49), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 19).
class(I, pullover) :- fired(I, r49).
% r50  support=1 confidence=1.0000  block3_pool#3 & block3_pool#19 & block3_pool#43 & block3_pool#48 & block3_pool#49 & block3_pool#62 -> dress
fired(I, r50) :- active(I, block3_pool, 3), active(I, block3_pool, 19), active(I, block3_pool, 43), active(I, block3_pool, 48), active(I, block3_pool, 49), active(I, block3_pool, 62), image(I).
class(I, dress) :- fired(I, r50).
