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
% vars=60 rules=43 size=241
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=2505 confidence=0.8986  ~block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & ~block3_pool#31 & ~block3_pool#32 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 32).
class(I, shirt) :- fired(I, r1).
% r2  support=398 confidence=0.8417  ~block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & ~block3_pool#29 & block3_pool#31 & ~block3_pool#32 -> shirt
fired(I, r2) :- active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 32).
class(I, shirt) :- fired(I, r2).
% r3  support=188 confidence=0.5000  ~block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & block3_pool#29 & block3_pool#31 & ~block3_pool#32 -> coat
fired(I, r3) :- active(I, block3_pool, 29), active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 32).
class(I, coat) :- fired(I, r3).
% r4  support=315 confidence=0.5746  block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & ~block3_pool#30 & ~block3_pool#32 & ~block3_pool#35 -> shirt
fired(I, r4) :- active(I, block3_pool, 2), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 35).
class(I, shirt) :- fired(I, r4).
% r5  support=133 confidence=0.7970  block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & ~block3_pool#30 & ~block3_pool#32 & block3_pool#35 -> coat
fired(I, r5) :- active(I, block3_pool, 2), active(I, block3_pool, 35), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 32).
class(I, coat) :- fired(I, r5).
% r6  support=299 confidence=0.7960  block3_pool#2 & ~block3_pool#11 & ~block3_pool#28 & block3_pool#30 & ~block3_pool#32 -> shirt
fired(I, r6) :- active(I, block3_pool, 2), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 32).
class(I, shirt) :- fired(I, r6).
% r7  support=195 confidence=0.6923  ~block3_pool#11 & ~block3_pool#28 & ~block3_pool#29 & block3_pool#32 & ~block3_pool#58 -> shirt
fired(I, r7) :- active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 58).
class(I, shirt) :- fired(I, r7).
% r8  support=46 confidence=0.7391  ~block3_pool#11 & ~block3_pool#14 & ~block3_pool#28 & block3_pool#29 & block3_pool#32 & ~block3_pool#58 -> coat
fired(I, r8) :- active(I, block3_pool, 29), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 14), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r8).
% r9  support=19 confidence=0.5263  ~block3_pool#11 & block3_pool#14 & ~block3_pool#28 & block3_pool#29 & block3_pool#32 & ~block3_pool#58 -> shirt
fired(I, r9) :- active(I, block3_pool, 14), active(I, block3_pool, 29), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 58).
class(I, shirt) :- fired(I, r9).
% r10  support=120 confidence=0.8417  ~block3_pool#5 & ~block3_pool#11 & ~block3_pool#24 & ~block3_pool#28 & block3_pool#32 & block3_pool#58 -> dress
fired(I, r10) :- active(I, block3_pool, 32), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 28).
class(I, dress) :- fired(I, r10).
% r11  support=27 confidence=0.4444  block3_pool#5 & ~block3_pool#11 & ~block3_pool#24 & ~block3_pool#28 & block3_pool#32 & block3_pool#58 -> shirt
fired(I, r11) :- active(I, block3_pool, 5), active(I, block3_pool, 32), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 28).
class(I, shirt) :- fired(I, r11).
% r12  support=55 confidence=0.8000  ~block3_pool#11 & block3_pool#24 & ~block3_pool#28 & ~block3_pool#29 & block3_pool#32 & block3_pool#58 -> shirt
fired(I, r12) :- active(I, block3_pool, 24), active(I, block3_pool, 32), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 29).
class(I, shirt) :- fired(I, r12).
% r13  support=15 confidence=0.6667  ~block3_pool#11 & block3_pool#24 & ~block3_pool#28 & block3_pool#29 & block3_pool#32 & block3_pool#58 -> dress
fired(I, r13) :- active(I, block3_pool, 24), active(I, block3_pool, 29), active(I, block3_pool, 32), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 28).
class(I, dress) :- fired(I, r13).
% r14  support=333 confidence=0.4775  ~block3_pool#2 & ~block3_pool#11 & block3_pool#28 & ~block3_pool#30 & ~block3_pool#31 & ~block3_pool#47 -> coat
fired(I, r14) :- active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 47).
class(I, coat) :- fired(I, r14).
% r15  support=1444 confidence=0.8137  ~block3_pool#2 & ~block3_pool#11 & block3_pool#28 & block3_pool#30 & ~block3_pool#31 & ~block3_pool#47 -> shirt
fired(I, r15) :- active(I, block3_pool, 28), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 47).
class(I, shirt) :- fired(I, r15).
% r16  support=705 confidence=0.5986  ~block3_pool#2 & ~block3_pool#11 & block3_pool#28 & ~block3_pool#31 & block3_pool#47 & ~block3_pool#57 -> coat
fired(I, r16) :- active(I, block3_pool, 28), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r16).
% r17  support=271 confidence=0.7638  ~block3_pool#2 & ~block3_pool#11 & block3_pool#28 & ~block3_pool#31 & block3_pool#47 & block3_pool#57 -> shirt
fired(I, r17) :- active(I, block3_pool, 28), active(I, block3_pool, 47), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 2), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 31).
class(I, shirt) :- fired(I, r17).
% r18  support=828 confidence=0.8382  block3_pool#2 & ~block3_pool#11 & ~block3_pool#20 & block3_pool#28 & ~block3_pool#31 -> coat
fired(I, r18) :- active(I, block3_pool, 2), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 31).
class(I, coat) :- fired(I, r18).
% r19  support=201 confidence=0.5721  block3_pool#2 & ~block3_pool#11 & ~block3_pool#12 & block3_pool#20 & block3_pool#28 & ~block3_pool#31 -> coat
fired(I, r19) :- active(I, block3_pool, 2), active(I, block3_pool, 20), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 31).
class(I, coat) :- fired(I, r19).
% r20  support=78 confidence=0.8590  block3_pool#2 & ~block3_pool#11 & block3_pool#12 & block3_pool#20 & block3_pool#28 & ~block3_pool#31 -> shirt
fired(I, r20) :- active(I, block3_pool, 2), active(I, block3_pool, 12), active(I, block3_pool, 20), active(I, block3_pool, 28), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 31).
class(I, shirt) :- fired(I, r20).
% r21  support=330 confidence=0.6212  ~block3_pool#11 & ~block3_pool#26 & block3_pool#28 & block3_pool#31 & ~block3_pool#39 -> shirt
fired(I, r21) :- active(I, block3_pool, 28), active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 39).
class(I, shirt) :- fired(I, r21).
% r22  support=88 confidence=0.7500  ~block3_pool#11 & block3_pool#26 & block3_pool#28 & block3_pool#31 & ~block3_pool#39 -> coat
fired(I, r22) :- active(I, block3_pool, 26), active(I, block3_pool, 28), active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 39).
class(I, coat) :- fired(I, r22).
% r23  support=116 confidence=0.7414  ~block3_pool#11 & ~block3_pool#18 & block3_pool#28 & ~block3_pool#29 & block3_pool#31 & block3_pool#39 -> coat
fired(I, r23) :- active(I, block3_pool, 28), active(I, block3_pool, 31), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 29).
class(I, coat) :- fired(I, r23).
% r24  support=26 confidence=0.7692  ~block3_pool#11 & block3_pool#18 & block3_pool#28 & ~block3_pool#29 & block3_pool#31 & block3_pool#39 -> shirt
fired(I, r24) :- active(I, block3_pool, 18), active(I, block3_pool, 28), active(I, block3_pool, 31), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 11), \+ active(I, block3_pool, 29).
class(I, shirt) :- fired(I, r24).
% r25  support=1486 confidence=0.9603  ~block3_pool#11 & block3_pool#28 & block3_pool#29 & block3_pool#31 & block3_pool#39 -> coat
fired(I, r25) :- active(I, block3_pool, 28), active(I, block3_pool, 29), active(I, block3_pool, 31), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 11).
class(I, coat) :- fired(I, r25).
% r26  support=555 confidence=0.8252  block3_pool#11 & ~block3_pool#12 & ~block3_pool#29 & ~block3_pool#42 -> dress
fired(I, r26) :- active(I, block3_pool, 11), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 42).
class(I, dress) :- fired(I, r26).
% r27  support=135 confidence=0.6222  block3_pool#11 & ~block3_pool#12 & ~block3_pool#24 & ~block3_pool#29 & block3_pool#42 -> dress
fired(I, r27) :- active(I, block3_pool, 11), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 29).
class(I, dress) :- fired(I, r27).
% r28  support=39 confidence=0.5128  block3_pool#11 & ~block3_pool#12 & block3_pool#24 & ~block3_pool#29 & block3_pool#42 & ~block3_pool#47 -> shirt
fired(I, r28) :- active(I, block3_pool, 11), active(I, block3_pool, 24), active(I, block3_pool, 42), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 47).
class(I, shirt) :- fired(I, r28).
% r29  support=187 confidence=0.7540  block3_pool#11 & ~block3_pool#12 & block3_pool#24 & ~block3_pool#29 & block3_pool#42 & block3_pool#47 -> coat
fired(I, r29) :- active(I, block3_pool, 11), active(I, block3_pool, 24), active(I, block3_pool, 42), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 29).
class(I, coat) :- fired(I, r29).
% r30  support=32 confidence=0.8438  block3_pool#11 & ~block3_pool#12 & ~block3_pool#19 & block3_pool#29 & ~block3_pool#40 & ~block3_pool#54 -> dress
fired(I, r30) :- active(I, block3_pool, 11), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 40), \+ active(I, block3_pool, 54).
class(I, dress) :- fired(I, r30).
% r31  support=4 confidence=0.7500  block3_pool#11 & ~block3_pool#12 & ~block3_pool#19 & block3_pool#29 & block3_pool#40 & ~block3_pool#54 -> coat
fired(I, r31) :- active(I, block3_pool, 11), active(I, block3_pool, 29), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 54).
class(I, coat) :- fired(I, r31).
% r32  support=65 confidence=0.7846  block3_pool#11 & ~block3_pool#12 & block3_pool#19 & block3_pool#29 & ~block3_pool#34 & ~block3_pool#54 -> coat
fired(I, r32) :- active(I, block3_pool, 11), active(I, block3_pool, 19), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 34), \+ active(I, block3_pool, 54).
class(I, coat) :- fired(I, r32).
% r33  support=16 confidence=0.5625  block3_pool#11 & ~block3_pool#12 & block3_pool#19 & block3_pool#29 & block3_pool#34 & ~block3_pool#54 -> dress
fired(I, r33) :- active(I, block3_pool, 11), active(I, block3_pool, 19), active(I, block3_pool, 29), active(I, block3_pool, 34), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 54).
class(I, dress) :- fired(I, r33).
% r34  support=290 confidence=0.9379  ~block3_pool#8 & block3_pool#11 & ~block3_pool#12 & block3_pool#29 & block3_pool#54 -> coat
fired(I, r34) :- active(I, block3_pool, 11), active(I, block3_pool, 29), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 12).
class(I, coat) :- fired(I, r34).
% r35  support=11 confidence=0.6364  block3_pool#8 & block3_pool#11 & ~block3_pool#12 & ~block3_pool#20 & block3_pool#29 & block3_pool#54 -> dress
fired(I, r35) :- active(I, block3_pool, 8), active(I, block3_pool, 11), active(I, block3_pool, 29), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 20).
class(I, dress) :- fired(I, r35).
% r36  support=23 confidence=0.8696  block3_pool#8 & block3_pool#11 & ~block3_pool#12 & block3_pool#20 & block3_pool#29 & block3_pool#54 -> coat
fired(I, r36) :- active(I, block3_pool, 8), active(I, block3_pool, 11), active(I, block3_pool, 20), active(I, block3_pool, 29), active(I, block3_pool, 54), image(I), \+ active(I, block3_pool, 12).
class(I, coat) :- fired(I, r36).
% r37  support=880 confidence=0.8761  block3_pool#11 & block3_pool#12 & ~block3_pool#13 & ~block3_pool#58 -> dress
fired(I, r37) :- active(I, block3_pool, 11), active(I, block3_pool, 12), image(I), \+ active(I, block3_pool, 13), \+ active(I, block3_pool, 58).
class(I, dress) :- fired(I, r37).
% r38  support=122 confidence=0.6475  block3_pool#11 & block3_pool#12 & block3_pool#13 & ~block3_pool#25 & ~block3_pool#33 & ~block3_pool#58 -> dress
fired(I, r38) :- active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 13), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 58).
class(I, dress) :- fired(I, r38).
% r39  support=21 confidence=0.9048  block3_pool#11 & block3_pool#12 & block3_pool#13 & ~block3_pool#25 & block3_pool#33 & ~block3_pool#58 -> coat
fired(I, r39) :- active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 13), active(I, block3_pool, 33), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r39).
% r40  support=4 confidence=1.0000  ~block3_pool#4 & block3_pool#11 & block3_pool#12 & block3_pool#13 & block3_pool#25 & ~block3_pool#58 -> dress
fired(I, r40) :- active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 13), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 58).
class(I, dress) :- fired(I, r40).
% r41  support=51 confidence=0.9412  block3_pool#4 & block3_pool#11 & block3_pool#12 & block3_pool#13 & block3_pool#25 & ~block3_pool#58 -> shirt
fired(I, r41) :- active(I, block3_pool, 4), active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 13), active(I, block3_pool, 25), image(I), \+ active(I, block3_pool, 58).
class(I, shirt) :- fired(I, r41).
% r42  support=3537 confidence=0.9802  ~block3_pool#9 & block3_pool#11 & block3_pool#12 & block3_pool#58 -> dress
fired(I, r42) :- active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 9).
class(I, dress) :- fired(I, r42).
% r43  support=7 confidence=0.8571  block3_pool#9 & block3_pool#11 & block3_pool#12 & block3_pool#58 -> coat
fired(I, r43) :- active(I, block3_pool, 9), active(I, block3_pool, 11), active(I, block3_pool, 12), active(I, block3_pool, 58), image(I).
class(I, coat) :- fired(I, r43).
