%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: beach
%! class 1: home
%! class 2: office
%! class 3: shop
% vars=62 rules=49 size=284
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
label(block3_pool, 0, "trouser").
label(block3_pool, 1, "boot").
label(block3_pool, 4, "sandal").
label(block3_pool, 5, "sandal").
label(block3_pool, 8, "trouser").
label(block3_pool, 10, "bag").
label(block3_pool, 12, "pullover").
label(block3_pool, 15, "bag").
label(block3_pool, 17, "bag").
label(block3_pool, 18, "trouser").
label(block3_pool, 19, "sandal").
label(block3_pool, 24, "bag").
label(block3_pool, 25, "pullover").
label(block3_pool, 26, "bag").
label(block3_pool, 28, "bag").
label(block3_pool, 29, "pullover").
label(block3_pool, 30, "sandal").
label(block3_pool, 32, "bag").
label(block3_pool, 33, "trouser").
label(block3_pool, 36, "bag").
label(block3_pool, 41, "bag").
label(block3_pool, 42, "sandal").
label(block3_pool, 43, "bag").
label(block3_pool, 44, "sandal").
label(block3_pool, 45, "sandal").
label(block3_pool, 49, "pullover").
label(block3_pool, 51, "trouser").
label(block3_pool, 55, "pullover").
label(block3_pool, 56, "bag").
label(block3_pool, 57, "pullover").
% r1  support=288 confidence=0.6944  ~bag & ~bag & ~trouser & ~bag & ~trouser & ~pullover -> home
fired(I, r1) :- image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, home) :- fired(I, r1).
% r2  support=55 confidence=0.3636  bag & ~bag & ~trouser & ~bag & ~trouser & ~pullover -> beach
fired(I, r2) :- active(I, block3_pool, 17), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, beach) :- fired(I, r2).
% r3  support=16 confidence=0.8750  ~sandal & bag & ~trouser & ~bag & ~trouser & ~pullover -> shop
fired(I, r3) :- active(I, block3_pool, 26), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, shop) :- fired(I, r3).
% r4  support=45 confidence=0.9778  sandal & bag & ~trouser & ~bag & ~trouser & ~pullover -> beach
fired(I, r4) :- active(I, block3_pool, 4), active(I, block3_pool, 26), image(I), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, beach) :- fired(I, r4).
% r5  support=138 confidence=0.8696  ~bag & trouser & ~bag & ~trouser & ~pullover & ~pullover -> office
fired(I, r5) :- active(I, block3_pool, 33), image(I), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, office) :- fired(I, r5).
% r6  support=22 confidence=0.4091  bag & trouser & ~bag & ~trouser & ~pullover & ~pullover -> beach
fired(I, r6) :- active(I, block3_pool, 32), active(I, block3_pool, 33), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, beach) :- fired(I, r6).
% r7  support=22 confidence=0.9545  ~bag & trouser & ~bag & ~trouser & ~pullover & pullover -> home
fired(I, r7) :- active(I, block3_pool, 33), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, home) :- fired(I, r7).
% r8  support=7 confidence=0.5714  bag & trouser & ~bag & ~trouser & ~pullover & pullover -> shop
fired(I, r8) :- active(I, block3_pool, 17), active(I, block3_pool, 33), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 55).
class(I, shop) :- fired(I, r8).
% r9  support=1408 confidence=0.9354  ~bag & ~bag & ~pullover & trouser & ~pullover & ~pullover -> office
fired(I, r9) :- active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 49), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, office) :- fired(I, r9).
% r10  support=10 confidence=1.0000  ~bag & ~bag & pullover & trouser & ~pullover & ~pullover -> home
fired(I, r10) :- active(I, block3_pool, 49), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, home) :- fired(I, r10).
% r11  support=28 confidence=0.9643  ~sandal & bag & ~bag & trouser & ~pullover & ~pullover -> shop
fired(I, r11) :- active(I, block3_pool, 26), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, shop) :- fired(I, r11).
% r12  support=16 confidence=0.7500  sandal & bag & ~bag & trouser & ~pullover & ~pullover -> beach
fired(I, r12) :- active(I, block3_pool, 5), active(I, block3_pool, 26), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55), \+ active(I, block3_pool, 57).
class(I, beach) :- fired(I, r12).
% r13  support=36 confidence=0.9444  ~bag & ~bag & ~bag & trouser & ~pullover & pullover -> home
fired(I, r13) :- active(I, block3_pool, 51), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55).
class(I, home) :- fired(I, r13).
% r14  support=1 confidence=1.0000  bag & ~bag & ~bag & trouser & ~pullover & pullover -> shop
fired(I, r14) :- active(I, block3_pool, 10), active(I, block3_pool, 51), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55).
class(I, shop) :- fired(I, r14).
% r15  support=3 confidence=0.6667  bag & ~bag & ~bag & trouser & ~pullover & pullover -> beach
fired(I, r15) :- active(I, block3_pool, 17), active(I, block3_pool, 51), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55).
class(I, beach) :- fired(I, r15).
% r16  support=4 confidence=1.0000  bag & bag & ~bag & trouser & ~pullover & pullover -> shop
fired(I, r16) :- active(I, block3_pool, 17), active(I, block3_pool, 36), active(I, block3_pool, 51), active(I, block3_pool, 57), image(I), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 55).
class(I, shop) :- fired(I, r16).
% r17  support=1196 confidence=0.9348  ~bag & ~bag & ~bag & ~bag & pullover & ~bag -> home
fired(I, r17) :- active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 56).
class(I, home) :- fired(I, r17).
% r18  support=5 confidence=1.0000  bag & ~bag & ~bag & ~bag & pullover & ~bag -> shop
fired(I, r18) :- active(I, block3_pool, 10), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 56).
class(I, shop) :- fired(I, r18).
% r19  support=17 confidence=0.5294  ~trouser & bag & ~bag & ~bag & pullover & ~bag -> beach
fired(I, r19) :- active(I, block3_pool, 17), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 56).
class(I, beach) :- fired(I, r19).
% r20  support=17 confidence=0.7059  trouser & bag & ~bag & ~bag & pullover & ~bag -> home
fired(I, r20) :- active(I, block3_pool, 0), active(I, block3_pool, 17), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 56).
class(I, home) :- fired(I, r20).
% r21  support=8 confidence=0.6250  ~sandal & ~bag & ~bag & ~bag & pullover & bag -> home
fired(I, r21) :- active(I, block3_pool, 55), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43).
class(I, home) :- fired(I, r21).
% r22  support=15 confidence=0.8000  ~sandal & bag & ~bag & ~bag & pullover & bag -> shop
fired(I, r22) :- active(I, block3_pool, 24), active(I, block3_pool, 55), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 19), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43).
class(I, shop) :- fired(I, r22).
% r23  support=3 confidence=1.0000  sandal & ~bag & ~bag & ~pullover & pullover & bag -> home
fired(I, r23) :- active(I, block3_pool, 19), active(I, block3_pool, 55), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43), \+ active(I, block3_pool, 49).
class(I, home) :- fired(I, r23).
% r24  support=9 confidence=0.8889  sandal & ~bag & ~bag & pullover & pullover & bag -> beach
fired(I, r24) :- active(I, block3_pool, 19), active(I, block3_pool, 49), active(I, block3_pool, 55), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 28), \+ active(I, block3_pool, 43).
class(I, beach) :- fired(I, r24).
% r25  support=2 confidence=1.0000  ~trouser & ~pullover & bag & ~sandal & ~bag & pullover -> beach
fired(I, r25) :- active(I, block3_pool, 28), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 8), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 43).
class(I, beach) :- fired(I, r25).
% r26  support=4 confidence=1.0000  trouser & ~pullover & bag & ~sandal & ~bag & pullover -> shop
fired(I, r26) :- active(I, block3_pool, 8), active(I, block3_pool, 28), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 25), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 43).
class(I, shop) :- fired(I, r26).
% r27  support=30 confidence=1.0000  pullover & bag & ~sandal & ~bag & pullover -> shop
fired(I, r27) :- active(I, block3_pool, 25), active(I, block3_pool, 28), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 43).
class(I, shop) :- fired(I, r27).
% r28  support=1 confidence=1.0000  ~boot & ~sandal & bag & sandal & ~bag & pullover -> home
fired(I, r28) :- active(I, block3_pool, 28), active(I, block3_pool, 30), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 1), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 43).
class(I, home) :- fired(I, r28).
% r29  support=1 confidence=1.0000  boot & ~sandal & bag & sandal & ~bag & pullover -> beach
fired(I, r29) :- active(I, block3_pool, 1), active(I, block3_pool, 28), active(I, block3_pool, 30), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 43).
class(I, beach) :- fired(I, r29).
% r30  support=18 confidence=1.0000  sandal & bag & sandal & ~bag & pullover -> beach
fired(I, r30) :- active(I, block3_pool, 4), active(I, block3_pool, 28), active(I, block3_pool, 30), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 43).
class(I, beach) :- fired(I, r30).
% r31  support=1238 confidence=0.9718  ~sandal & ~sandal & bag & ~sandal & ~sandal -> shop
fired(I, r31) :- active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 45).
class(I, shop) :- fired(I, r31).
% r32  support=10 confidence=1.0000  ~sandal & ~pullover & ~sandal & bag & ~sandal & sandal -> beach
fired(I, r32) :- active(I, block3_pool, 43), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, beach) :- fired(I, r32).
% r33  support=17 confidence=0.7059  ~sandal & pullover & ~sandal & bag & ~sandal & sandal -> shop
fired(I, r33) :- active(I, block3_pool, 29), active(I, block3_pool, 43), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 42), \+ active(I, block3_pool, 44).
class(I, shop) :- fired(I, r33).
% r34  support=75 confidence=0.6400  ~trouser & ~sandal & sandal & bag & ~sandal -> beach
fired(I, r34) :- active(I, block3_pool, 42), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 44).
class(I, beach) :- fired(I, r34).
% r35  support=26 confidence=0.9615  trouser & ~sandal & ~sandal & sandal & bag & ~sandal -> shop
fired(I, r35) :- active(I, block3_pool, 0), active(I, block3_pool, 42), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 44).
class(I, shop) :- fired(I, r35).
% r36  support=7 confidence=0.5714  trouser & ~sandal & sandal & sandal & bag & ~sandal -> beach
fired(I, r36) :- active(I, block3_pool, 0), active(I, block3_pool, 30), active(I, block3_pool, 42), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 44).
class(I, beach) :- fired(I, r36).
% r37  support=3 confidence=1.0000  sandal & ~pullover & ~bag & ~bag & bag & ~sandal -> office
fired(I, r37) :- active(I, block3_pool, 4), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 12), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 44).
class(I, office) :- fired(I, r37).
% r38  support=3 confidence=1.0000  sandal & pullover & ~bag & ~bag & bag & ~sandal -> home
fired(I, r38) :- active(I, block3_pool, 4), active(I, block3_pool, 12), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 41), \+ active(I, block3_pool, 44).
class(I, home) :- fired(I, r38).
% r39  support=9 confidence=1.0000  ~trouser & sandal & ~bag & bag & bag & ~sandal -> beach
fired(I, r39) :- active(I, block3_pool, 4), active(I, block3_pool, 41), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 44).
class(I, beach) :- fired(I, r39).
% r40  support=1 confidence=1.0000  trouser & sandal & ~bag & bag & bag & ~sandal -> home
fired(I, r40) :- active(I, block3_pool, 0), active(I, block3_pool, 4), active(I, block3_pool, 41), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 44).
class(I, home) :- fired(I, r40).
% r41  support=76 confidence=0.9868  sandal & bag & bag & ~sandal -> beach
fired(I, r41) :- active(I, block3_pool, 4), active(I, block3_pool, 17), active(I, block3_pool, 43), image(I), \+ active(I, block3_pool, 44).
class(I, beach) :- fired(I, r41).
% r42  support=3 confidence=0.6667  ~bag & ~block3_pool#22 & ~bag & bag & sandal & ~sandal -> home
fired(I, r42) :- active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 45).
class(I, home) :- fired(I, r42).
% r43  support=10 confidence=0.9000  ~bag & ~block3_pool#22 & ~bag & bag & sandal & sandal -> beach
fired(I, r43) :- active(I, block3_pool, 43), active(I, block3_pool, 44), active(I, block3_pool, 45), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 32).
class(I, beach) :- fired(I, r43).
% r44  support=57 confidence=1.0000  ~bag & ~block3_pool#22 & bag & bag & sandal -> beach
fired(I, r44) :- active(I, block3_pool, 32), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 22).
class(I, beach) :- fired(I, r44).
% r45  support=5 confidence=1.0000  ~bag & ~bag & block3_pool#22 & ~bag & bag & sandal -> home
fired(I, r45) :- active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 24).
class(I, home) :- fired(I, r45).
% r46  support=4 confidence=0.7500  ~bag & ~bag & block3_pool#22 & bag & bag & sandal -> beach
fired(I, r46) :- active(I, block3_pool, 22), active(I, block3_pool, 24), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 17).
class(I, beach) :- fired(I, r46).
% r47  support=10 confidence=1.0000  ~bag & bag & ~trouser & block3_pool#22 & bag & sandal -> beach
fired(I, r47) :- active(I, block3_pool, 17), active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 18).
class(I, beach) :- fired(I, r47).
% r48  support=1 confidence=1.0000  ~bag & bag & trouser & block3_pool#22 & bag & sandal -> office
fired(I, r48) :- active(I, block3_pool, 17), active(I, block3_pool, 18), active(I, block3_pool, 22), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 15).
class(I, office) :- fired(I, r48).
% r49  support=1020 confidence=0.9990  bag & bag & sandal -> beach
fired(I, r49) :- active(I, block3_pool, 15), active(I, block3_pool, 43), active(I, block3_pool, 44), image(I).
class(I, beach) :- fired(I, r49).
