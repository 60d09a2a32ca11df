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
% vars=48 rules=45 size=254
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=799 confidence=0.7222  ~block3_pool#18 & ~block3_pool#20 & ~block3_pool#54 & ~block3_pool#56 & ~block3_pool#62 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r1).
% r2  support=182 confidence=0.4396  ~block3_pool#18 & ~block3_pool#20 & ~block3_pool#51 & block3_pool#54 & ~block3_pool#56 & ~block3_pool#62 -> coat
fired(I, r2) :- active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r2).
% r3  support=86 confidence=0.6512  ~block3_pool#18 & ~block3_pool#20 & block3_pool#51 & block3_pool#54 & ~block3_pool#56 & ~block3_pool#62 -> shirt
fired(I, r3) :- active(I, block3_pool, 51), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r3).
% r4  support=414 confidence=0.6208  block3_pool#18 & ~block3_pool#20 & ~block3_pool#56 & ~block3_pool#62 & ~block3_pool#63 -> coat
fired(I, r4) :- active(I, block3_pool, 18), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62), \+ active(I, block3_pool, 63).
class(I, coat) :- fired(I, r4).
% r5  support=247 confidence=0.5668  block3_pool#18 & ~block3_pool#20 & ~block3_pool#35 & ~block3_pool#56 & ~block3_pool#62 & block3_pool#63 -> coat
fired(I, r5) :- active(I, block3_pool, 18), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r5).
% r6  support=236 confidence=0.7458  block3_pool#18 & ~block3_pool#20 & block3_pool#35 & ~block3_pool#56 & ~block3_pool#62 & block3_pool#63 -> shirt
fired(I, r6) :- active(I, block3_pool, 18), active(I, block3_pool, 35), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r6).
% r7  support=277 confidence=0.7329  block3_pool#20 & ~block3_pool#51 & ~block3_pool#53 & ~block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r7) :- active(I, block3_pool, 20), image(I), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r7).
% r8  support=229 confidence=0.4585  block3_pool#20 & ~block3_pool#51 & block3_pool#53 & ~block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r8) :- active(I, block3_pool, 20), active(I, block3_pool, 53), image(I), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r8).
% r9  support=406 confidence=0.7758  block3_pool#20 & ~block3_pool#56 & block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r9) :- active(I, block3_pool, 20), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r9).
% r10  support=246 confidence=0.6545  block3_pool#20 & ~block3_pool#40 & block3_pool#51 & ~block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 -> shirt
fired(I, r10) :- active(I, block3_pool, 20), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r10).
% r11  support=61 confidence=0.4754  block3_pool#20 & block3_pool#40 & block3_pool#51 & ~block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 -> pullover
fired(I, r11) :- active(I, block3_pool, 20), active(I, block3_pool, 40), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r11).
% r12  support=1261 confidence=0.8470  ~block3_pool#22 & ~block3_pool#34 & ~block3_pool#56 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r12) :- active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r12).
% r13  support=213 confidence=0.7183  ~block3_pool#22 & block3_pool#34 & ~block3_pool#41 & ~block3_pool#56 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r13) :- active(I, block3_pool, 34), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r13).
% r14  support=216 confidence=0.7037  ~block3_pool#22 & block3_pool#34 & block3_pool#41 & ~block3_pool#56 & ~block3_pool#57 & block3_pool#62 -> shirt
fired(I, r14) :- active(I, block3_pool, 34), active(I, block3_pool, 41), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57).
class(I, shirt) :- fired(I, r14).
% r15  support=167 confidence=0.5389  ~block3_pool#22 & ~block3_pool#41 & ~block3_pool#56 & block3_pool#57 & ~block3_pool#60 & block3_pool#62 -> shirt
fired(I, r15) :- active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 60).
class(I, shirt) :- fired(I, r15).
% r16  support=238 confidence=0.7983  ~block3_pool#22 & ~block3_pool#41 & ~block3_pool#56 & block3_pool#57 & block3_pool#60 & block3_pool#62 -> coat
fired(I, r16) :- active(I, block3_pool, 57), active(I, block3_pool, 60), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r16).
% r17  support=1337 confidence=0.8452  ~block3_pool#22 & ~block3_pool#37 & block3_pool#41 & ~block3_pool#56 & block3_pool#57 & block3_pool#62 -> shirt
fired(I, r17) :- active(I, block3_pool, 41), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 37), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r17).
% r18  support=113 confidence=0.7434  ~block3_pool#22 & block3_pool#37 & block3_pool#41 & ~block3_pool#56 & block3_pool#57 & block3_pool#62 -> coat
fired(I, r18) :- active(I, block3_pool, 37), active(I, block3_pool, 41), active(I, block3_pool, 57), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r18).
% r19  support=566 confidence=0.9152  ~block3_pool#20 & block3_pool#22 & ~block3_pool#42 & ~block3_pool#54 & ~block3_pool#56 & block3_pool#62 -> coat
fired(I, r19) :- active(I, block3_pool, 22), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r19).
% r20  support=21 confidence=0.6190  ~block3_pool#20 & block3_pool#22 & block3_pool#42 & ~block3_pool#54 & ~block3_pool#56 & block3_pool#62 -> shirt
fired(I, r20) :- active(I, block3_pool, 22), active(I, block3_pool, 42), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 54), \+ active(I, block3_pool, 56).
class(I, shirt) :- fired(I, r20).
% r21  support=1657 confidence=0.9717  ~block3_pool#20 & block3_pool#22 & block3_pool#54 & ~block3_pool#56 & block3_pool#62 -> coat
fired(I, r21) :- active(I, block3_pool, 22), active(I, block3_pool, 54), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r21).
% r22  support=25 confidence=0.5200  ~block3_pool#3 & block3_pool#20 & block3_pool#22 & ~block3_pool#56 & ~block3_pool#60 & block3_pool#62 -> coat
fired(I, r22) :- active(I, block3_pool, 20), active(I, block3_pool, 22), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 60).
class(I, coat) :- fired(I, r22).
% r23  support=43 confidence=0.7209  block3_pool#3 & block3_pool#20 & block3_pool#22 & ~block3_pool#56 & ~block3_pool#60 & block3_pool#62 -> pullover
fired(I, r23) :- active(I, block3_pool, 3), active(I, block3_pool, 20), active(I, block3_pool, 22), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 60).
class(I, pullover) :- fired(I, r23).
% r24  support=362 confidence=0.8757  block3_pool#20 & block3_pool#22 & ~block3_pool#56 & block3_pool#60 & block3_pool#62 -> coat
fired(I, r24) :- active(I, block3_pool, 20), active(I, block3_pool, 22), active(I, block3_pool, 60), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 56).
class(I, coat) :- fired(I, r24).
% r25  support=334 confidence=0.8413  ~block3_pool#9 & ~block3_pool#20 & block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 & ~block3_pool#63 -> pullover
fired(I, r25) :- active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r25).
% r26  support=16 confidence=0.5000  block3_pool#9 & ~block3_pool#20 & block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 & ~block3_pool#63 -> shirt
fired(I, r26) :- active(I, block3_pool, 9), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r26).
% r27  support=51 confidence=0.7059  ~block3_pool#4 & ~block3_pool#20 & block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 & block3_pool#63 -> shirt
fired(I, r27) :- active(I, block3_pool, 56), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, shirt) :- fired(I, r27).
% r28  support=37 confidence=0.7027  block3_pool#4 & ~block3_pool#20 & block3_pool#56 & ~block3_pool#61 & ~block3_pool#62 & block3_pool#63 -> pullover
fired(I, r28) :- active(I, block3_pool, 4), active(I, block3_pool, 56), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 61), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r28).
% r29  support=91 confidence=0.5604  ~block3_pool#20 & ~block3_pool#40 & block3_pool#56 & ~block3_pool#60 & ~block3_pool#61 & block3_pool#62 -> coat
fired(I, r29) :- active(I, block3_pool, 56), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 60), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r29).
% r30  support=165 confidence=0.6606  ~block3_pool#20 & block3_pool#40 & block3_pool#56 & ~block3_pool#60 & ~block3_pool#61 & block3_pool#62 -> pullover
fired(I, r30) :- active(I, block3_pool, 40), active(I, block3_pool, 56), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 60), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r30).
% r31  support=156 confidence=0.7821  ~block3_pool#20 & block3_pool#56 & block3_pool#60 & ~block3_pool#61 & block3_pool#62 -> coat
fired(I, r31) :- active(I, block3_pool, 56), active(I, block3_pool, 60), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 61).
class(I, coat) :- fired(I, r31).
% r32  support=2968 confidence=0.9585  block3_pool#20 & ~block3_pool#53 & block3_pool#56 & ~block3_pool#61 -> pullover
fired(I, r32) :- active(I, block3_pool, 20), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r32).
% r33  support=181 confidence=0.6188  ~block3_pool#9 & ~block3_pool#10 & block3_pool#20 & block3_pool#53 & block3_pool#56 & ~block3_pool#61 -> pullover
fired(I, r33) :- active(I, block3_pool, 20), active(I, block3_pool, 53), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r33).
% r34  support=21 confidence=0.7619  block3_pool#9 & ~block3_pool#10 & block3_pool#20 & block3_pool#53 & block3_pool#56 & ~block3_pool#61 -> shirt
fired(I, r34) :- active(I, block3_pool, 9), active(I, block3_pool, 20), active(I, block3_pool, 53), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 61).
class(I, shirt) :- fired(I, r34).
% r35  support=313 confidence=0.8498  block3_pool#10 & block3_pool#20 & block3_pool#53 & block3_pool#56 & ~block3_pool#61 -> pullover
fired(I, r35) :- active(I, block3_pool, 10), active(I, block3_pool, 20), active(I, block3_pool, 53), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 61).
class(I, pullover) :- fired(I, r35).
% r36  support=164 confidence=0.6646  ~block3_pool#10 & ~block3_pool#44 & ~block3_pool#53 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> pullover
fired(I, r36) :- active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 53), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r36).
% r37  support=69 confidence=0.6522  ~block3_pool#10 & ~block3_pool#44 & block3_pool#53 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> shirt
fired(I, r37) :- active(I, block3_pool, 53), active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r37).
% r38  support=85 confidence=0.7883  ~block3_pool#10 & block3_pool#44 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> shirt
fired(I, r38) :- active(I, block3_pool, 44), active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r38).
% r39  support=323 confidence=0.8762  block3_pool#10 & ~block3_pool#51 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> pullover
fired(I, r39) :- active(I, block3_pool, 10), active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r39).
% r40  support=69 confidence=0.5652  ~block3_pool#9 & block3_pool#10 & block3_pool#51 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> pullover
fired(I, r40) :- active(I, block3_pool, 10), active(I, block3_pool, 51), active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 9), \+ active(I, block3_pool, 63).
class(I, pullover) :- fired(I, r40).
% r41  support=16 confidence=0.7500  block3_pool#9 & block3_pool#10 & block3_pool#51 & block3_pool#56 & block3_pool#61 & ~block3_pool#63 -> shirt
fired(I, r41) :- active(I, block3_pool, 9), active(I, block3_pool, 10), active(I, block3_pool, 51), active(I, block3_pool, 56), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 63).
class(I, shirt) :- fired(I, r41).
% r42  support=1183 confidence=0.8732  ~block3_pool#20 & block3_pool#56 & block3_pool#61 & block3_pool#63 -> shirt
fired(I, r42) :- active(I, block3_pool, 56), active(I, block3_pool, 61), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 20).
class(I, shirt) :- fired(I, r42).
% r43  support=289 confidence=0.8408  ~block3_pool#10 & block3_pool#20 & block3_pool#56 & block3_pool#61 & block3_pool#63 -> shirt
fired(I, r43) :- active(I, block3_pool, 20), active(I, block3_pool, 56), active(I, block3_pool, 61), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 10).
class(I, shirt) :- fired(I, r43).
% r44  support=155 confidence=0.8000  block3_pool#10 & block3_pool#20 & ~block3_pool#52 & block3_pool#56 & block3_pool#61 & block3_pool#63 -> pullover
fired(I, r44) :- active(I, block3_pool, 10), active(I, block3_pool, 20), active(I, block3_pool, 56), active(I, block3_pool, 61), active(I, block3_pool, 63), image(I), \+ active(I, block3_pool, 52).
class(I, pullover) :- fired(I, r44).
% r45  support=112 confidence=0.6071  block3_pool#10 & block3_pool#20 & block3_pool#52 & block3_pool#56 & block3_pool#61 & block3_pool#63 -> shirt
fired(I, r45) :- active(I, block3_pool, 10), active(I, block3_pool, 20), active(I, block3_pool, 52), active(I, block3_pool, 56), active(I, block3_pool, 61), active(I, block3_pool, 63), image(I).
class(I, shirt) :- fired(I, r45).
