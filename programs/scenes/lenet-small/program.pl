%! eric-lp program 1
%! layers: s6
%! lep: s6
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: beach
%! class 1: home
%! class 2: office
%! class 3: shop
% vars=46 rules=45 size=254
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
label(s6, 1, "trouser").
label(s6, 2, "trouser").
label(s6, 3, "bag").
label(s6, 6, "bag").
label(s6, 9, "sandal").
label(s6, 12, "bag").
label(s6, 13, "trouser").
label(s6, 15, "bag").
label(s6, 21, "bag").
label(s6, 24, "pullover").
label(s6, 25, "bag").
label(s6, 28, "pullover").
label(s6, 30, "sandal").
label(s6, 34, "bag").
label(s6, 37, "bag").
label(s6, 38, "bag").
label(s6, 42, "bag").
label(s6, 43, "bag").
label(s6, 45, "bag").
% r1  support=1724 confidence=0.7854  ~bag & ~pullover & ~pullover & ~bag & ~bag & ~bag -> office
fired(I, r1) :- image(I), \+ active(I, s6, 6), \+ active(I, s6, 24), \+ active(I, s6, 28), \+ active(I, s6, 38), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, office) :- fired(I, r1).
% r2  support=38 confidence=0.7105  ~bag & ~pullover & pullover & ~bag & ~bag & ~bag -> home
fired(I, r2) :- active(I, s6, 28), image(I), \+ active(I, s6, 6), \+ active(I, s6, 24), \+ active(I, s6, 38), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, home) :- fired(I, r2).
% r3  support=96 confidence=0.3125  bag & ~sandal & ~pullover & ~bag & ~bag & ~bag -> office
fired(I, r3) :- active(I, s6, 6), image(I), \+ active(I, s6, 9), \+ active(I, s6, 24), \+ active(I, s6, 38), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, office) :- fired(I, r3).
% r4  support=94 confidence=0.4149  bag & sandal & ~pullover & ~bag & ~bag & ~bag -> home
fired(I, r4) :- active(I, s6, 6), active(I, s6, 9), image(I), \+ active(I, s6, 24), \+ active(I, s6, 38), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, home) :- fired(I, r4).
% r5  support=74 confidence=0.6757  ~bag & ~trouser & ~pullover & bag & ~bag & ~bag -> home
fired(I, r5) :- active(I, s6, 38), image(I), \+ active(I, s6, 3), \+ active(I, s6, 13), \+ active(I, s6, 24), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, home) :- fired(I, r5).
% r6  support=107 confidence=0.3832  ~bag & trouser & ~pullover & bag & ~bag & ~bag -> office
fired(I, r6) :- active(I, s6, 13), active(I, s6, 38), image(I), \+ active(I, s6, 3), \+ active(I, s6, 24), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, office) :- fired(I, r6).
% r7  support=31 confidence=0.8710  bag & ~sandal & ~pullover & bag & ~bag & ~bag -> shop
fired(I, r7) :- active(I, s6, 3), active(I, s6, 38), image(I), \+ active(I, s6, 9), \+ active(I, s6, 24), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r7).
% r8  support=71 confidence=0.5634  bag & sandal & ~pullover & bag & ~bag & ~bag -> beach
fired(I, r8) :- active(I, s6, 3), active(I, s6, 9), active(I, s6, 38), image(I), \+ active(I, s6, 24), \+ active(I, s6, 42), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r8).
% r9  support=94 confidence=0.8192  ~bag & ~bag & ~pullover & bag & ~bag -> home
fired(I, r9) :- active(I, s6, 42), image(I), \+ active(I, s6, 3), \+ active(I, s6, 12), \+ active(I, s6, 24), \+ active(I, s6, 45).
class(I, home) :- fired(I, r9).
% r10  support=18 confidence=0.5000  ~bag & ~sandal & bag & ~pullover & bag & ~bag -> shop
fired(I, r10) :- active(I, s6, 12), active(I, s6, 42), image(I), \+ active(I, s6, 3), \+ active(I, s6, 9), \+ active(I, s6, 24), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r10).
% r11  support=15 confidence=0.6667  ~bag & sandal & bag & ~pullover & bag & ~bag -> beach
fired(I, r11) :- active(I, s6, 9), active(I, s6, 12), active(I, s6, 42), image(I), \+ active(I, s6, 3), \+ active(I, s6, 24), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r11).
% r12  support=11 confidence=0.4545  ~trouser & bag & ~pullover & ~bag & bag & ~bag -> home
fired(I, r12) :- active(I, s6, 3), active(I, s6, 42), image(I), \+ active(I, s6, 1), \+ active(I, s6, 24), \+ active(I, s6, 25), \+ active(I, s6, 45).
class(I, home) :- fired(I, r12).
% r13  support=12 confidence=0.5833  trouser & bag & ~pullover & ~bag & bag & ~bag -> beach
fired(I, r13) :- active(I, s6, 1), active(I, s6, 3), active(I, s6, 42), image(I), \+ active(I, s6, 24), \+ active(I, s6, 25), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r13).
% r14  support=14 confidence=0.9286  bag & ~sandal & ~pullover & bag & bag & ~bag -> shop
fired(I, r14) :- active(I, s6, 3), active(I, s6, 25), active(I, s6, 42), image(I), \+ active(I, s6, 9), \+ active(I, s6, 24), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r14).
% r15  support=12 confidence=0.6667  bag & sandal & ~pullover & bag & bag & ~bag -> beach
fired(I, r15) :- active(I, s6, 3), active(I, s6, 9), active(I, s6, 25), active(I, s6, 42), image(I), \+ active(I, s6, 24), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r15).
% r16  support=397 confidence=0.6902  ~bag & pullover & ~s6#35 & ~bag -> home
fired(I, r16) :- active(I, s6, 24), image(I), \+ active(I, s6, 3), \+ active(I, s6, 35), \+ active(I, s6, 45).
class(I, home) :- fired(I, r16).
% r17  support=355 confidence=0.8845  ~bag & pullover & ~bag & s6#35 & ~bag -> home
fired(I, r17) :- active(I, s6, 24), active(I, s6, 35), image(I), \+ active(I, s6, 3), \+ active(I, s6, 25), \+ active(I, s6, 45).
class(I, home) :- fired(I, r17).
% r18  support=70 confidence=0.8143  ~bag & pullover & bag & ~bag & s6#35 & ~bag -> home
fired(I, r18) :- active(I, s6, 24), active(I, s6, 25), active(I, s6, 35), image(I), \+ active(I, s6, 3), \+ active(I, s6, 34), \+ active(I, s6, 45).
class(I, home) :- fired(I, r18).
% r19  support=12 confidence=0.5833  ~bag & pullover & bag & bag & s6#35 & ~bag -> shop
fired(I, r19) :- active(I, s6, 24), active(I, s6, 25), active(I, s6, 34), active(I, s6, 35), image(I), \+ active(I, s6, 3), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r19).
% r20  support=42 confidence=0.5714  bag & ~sandal & pullover & ~sandal & ~bag & ~bag -> shop
fired(I, r20) :- active(I, s6, 3), active(I, s6, 24), image(I), \+ active(I, s6, 9), \+ active(I, s6, 30), \+ active(I, s6, 43), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r20).
% r21  support=20 confidence=0.4500  bag & ~sandal & pullover & sandal & ~bag & ~bag -> beach
fired(I, r21) :- active(I, s6, 3), active(I, s6, 24), active(I, s6, 30), image(I), \+ active(I, s6, 9), \+ active(I, s6, 43), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r21).
% r22  support=55 confidence=0.8728  bag & ~sandal & pullover & bag & ~bag -> shop
fired(I, r22) :- active(I, s6, 3), active(I, s6, 24), active(I, s6, 43), image(I), \+ active(I, s6, 9), \+ active(I, s6, 45).
class(I, shop) :- fired(I, r22).
% r23  support=82 confidence=0.5122  bag & sandal & ~bag & pullover & ~bag & ~bag -> home
fired(I, r23) :- active(I, s6, 3), active(I, s6, 9), active(I, s6, 24), image(I), \+ active(I, s6, 21), \+ active(I, s6, 25), \+ active(I, s6, 45).
class(I, home) :- fired(I, r23).
% r24  support=42 confidence=0.7381  bag & sandal & ~bag & pullover & bag & ~bag -> beach
fired(I, r24) :- active(I, s6, 3), active(I, s6, 9), active(I, s6, 24), active(I, s6, 25), image(I), \+ active(I, s6, 21), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r24).
% r25  support=44 confidence=0.8864  bag & sandal & bag & pullover & ~bag -> beach
fired(I, r25) :- active(I, s6, 3), active(I, s6, 9), active(I, s6, 21), active(I, s6, 24), image(I), \+ active(I, s6, 45).
class(I, beach) :- fired(I, r25).
% r26  support=776 confidence=0.7166  ~sandal & ~sandal & ~s6#35 & bag -> shop
fired(I, r26) :- active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 30), \+ active(I, s6, 35).
class(I, shop) :- fired(I, r26).
% r27  support=8 confidence=0.3750  ~sandal & ~bag & sandal & ~s6#35 & ~bag & bag -> beach
fired(I, r27) :- active(I, s6, 30), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 21), \+ active(I, s6, 35), \+ active(I, s6, 37).
class(I, beach) :- fired(I, r27).
% r28  support=23 confidence=0.8261  ~sandal & ~bag & sandal & ~s6#35 & bag & bag -> shop
fired(I, r28) :- active(I, s6, 30), active(I, s6, 37), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 21), \+ active(I, s6, 35).
class(I, shop) :- fired(I, r28).
% r29  support=125 confidence=0.6320  ~sandal & ~s6#11 & bag & sandal & ~s6#35 & bag -> beach
fired(I, r29) :- active(I, s6, 21), active(I, s6, 30), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 11), \+ active(I, s6, 35).
class(I, beach) :- fired(I, r29).
% r30  support=32 confidence=0.6562  ~sandal & s6#11 & bag & sandal & ~s6#35 & bag -> shop
fired(I, r30) :- active(I, s6, 11), active(I, s6, 21), active(I, s6, 30), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 35).
class(I, shop) :- fired(I, r30).
% r31  support=19 confidence=0.7368  ~bag & ~sandal & ~bag & ~bag & s6#35 & bag -> shop
fired(I, r31) :- active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 6), \+ active(I, s6, 9), \+ active(I, s6, 21), \+ active(I, s6, 25).
class(I, shop) :- fired(I, r31).
% r32  support=15 confidence=0.6000  bag & ~sandal & ~bag & ~bag & s6#35 & bag -> home
fired(I, r32) :- active(I, s6, 6), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 21), \+ active(I, s6, 25).
class(I, home) :- fired(I, r32).
% r33  support=65 confidence=0.8461  ~sandal & bag & ~bag & s6#35 & bag -> shop
fired(I, r33) :- active(I, s6, 21), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 9), \+ active(I, s6, 25).
class(I, shop) :- fired(I, r33).
% r34  support=472 confidence=0.9195  ~sandal & bag & s6#35 & bag -> shop
fired(I, r34) :- active(I, s6, 25), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 9).
class(I, shop) :- fired(I, r34).
% r35  support=112 confidence=0.8661  ~s6#7 & sandal & ~bag & ~s6#35 & bag -> beach
fired(I, r35) :- active(I, s6, 9), active(I, s6, 45), image(I), \+ active(I, s6, 7), \+ active(I, s6, 15), \+ active(I, s6, 35).
class(I, beach) :- fired(I, r35).
% r36  support=11 confidence=0.7273  s6#7 & sandal & ~bag & ~s6#35 & ~bag & bag -> beach
fired(I, r36) :- active(I, s6, 7), active(I, s6, 9), active(I, s6, 45), image(I), \+ active(I, s6, 15), \+ active(I, s6, 35), \+ active(I, s6, 37).
class(I, beach) :- fired(I, r36).
% r37  support=7 confidence=0.8571  s6#7 & sandal & ~bag & ~s6#35 & bag & bag -> home
fired(I, r37) :- active(I, s6, 7), active(I, s6, 9), active(I, s6, 37), active(I, s6, 45), image(I), \+ active(I, s6, 15), \+ active(I, s6, 35).
class(I, home) :- fired(I, r37).
% r38  support=619 confidence=0.9402  sandal & bag & ~s6#27 & ~s6#35 & bag -> beach
fired(I, r38) :- active(I, s6, 9), active(I, s6, 15), active(I, s6, 45), image(I), \+ active(I, s6, 27), \+ active(I, s6, 35).
class(I, beach) :- fired(I, r38).
% r39  support=1 confidence=1.0000  sandal & bag & s6#27 & ~s6#35 & bag -> shop
fired(I, r39) :- active(I, s6, 9), active(I, s6, 15), active(I, s6, 27), active(I, s6, 45), image(I), \+ active(I, s6, 35).
class(I, shop) :- fired(I, r39).
% r40  support=39 confidence=0.6923  ~trouser & sandal & ~sandal & s6#35 & bag -> beach
fired(I, r40) :- active(I, s6, 9), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 2), \+ active(I, s6, 30).
class(I, beach) :- fired(I, r40).
% r41  support=9 confidence=0.3333  trouser & ~bag & sandal & ~sandal & s6#35 & bag -> beach
fired(I, r41) :- active(I, s6, 2), active(I, s6, 9), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 3), \+ active(I, s6, 30).
class(I, beach) :- fired(I, r41).
% r42  support=10 confidence=0.9000  trouser & bag & sandal & ~sandal & s6#35 & bag -> shop
fired(I, r42) :- active(I, s6, 2), active(I, s6, 3), active(I, s6, 9), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 30).
class(I, shop) :- fired(I, r42).
% r43  support=8 confidence=0.7500  sandal & ~bag & ~bag & sandal & s6#35 & bag -> home
fired(I, r43) :- active(I, s6, 9), active(I, s6, 30), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 12), \+ active(I, s6, 21).
class(I, home) :- fired(I, r43).
% r44  support=8 confidence=1.0000  sandal & bag & ~bag & sandal & s6#35 & bag -> beach
fired(I, r44) :- active(I, s6, 9), active(I, s6, 12), active(I, s6, 30), active(I, s6, 35), active(I, s6, 45), image(I), \+ active(I, s6, 21).
class(I, beach) :- fired(I, r44).
% r45  support=111 confidence=0.8919  sandal & bag & sandal & s6#35 & bag -> beach
fired(I, r45) :- active(I, s6, 9), active(I, s6, 21), active(I, s6, 30), active(I, s6, 35), active(I, s6, 45), image(I).
class(I, beach) :- fired(I, r45).
