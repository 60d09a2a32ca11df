%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: coat
%! class 2: shirt
% vars=30 rules=21 size=105
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5157 confidence=0.8633  ~block3_pool#0 & ~block3_pool#16 & ~block3_pool#21 & ~block3_pool#22 & ~block3_pool#46 & ~block3_pool#48 -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r1).
% r2  support=251 confidence=0.8327  ~block3_pool#0 & ~block3_pool#16 & block3_pool#21 & ~block3_pool#22 & ~block3_pool#46 & ~block3_pool#48 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 21), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=317 confidence=0.9054  block3_pool#0 & ~block3_pool#16 & ~block3_pool#22 & ~block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> coat
fired(I, r3) :- active(I, block3_pool, 0), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r3).
% r4  support=112 confidence=0.8839  block3_pool#0 & ~block3_pool#16 & ~block3_pool#22 & block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> shirt
fired(I, r4) :- active(I, block3_pool, 0), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r4).
% r5  support=891 confidence=0.9226  ~block3_pool#5 & ~block3_pool#16 & block3_pool#22 & ~block3_pool#46 & ~block3_pool#48 -> t_shirt_top
fired(I, r5) :- active(I, block3_pool, 22), image(I), \+ active(I, block3_pool, 5), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r5).
% r6  support=25 confidence=0.5200  block3_pool#5 & ~block3_pool#16 & block3_pool#22 & ~block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 5), active(I, block3_pool, 22), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=41 confidence=0.8049  block3_pool#5 & ~block3_pool#16 & block3_pool#22 & block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> shirt
fired(I, r7) :- active(I, block3_pool, 5), active(I, block3_pool, 22), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 16), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r7).
% r8  support=1352 confidence=0.9704  ~block3_pool#7 & block3_pool#16 & ~block3_pool#24 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#58 -> coat
fired(I, r8) :- active(I, block3_pool, 16), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r8).
% r9  support=30 confidence=0.5000  ~block3_pool#7 & block3_pool#16 & block3_pool#24 & ~block3_pool#46 & ~block3_pool#48 & ~block3_pool#58 -> shirt
fired(I, r9) :- active(I, block3_pool, 16), active(I, block3_pool, 24), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 58).
class(I, shirt) :- fired(I, r9).
% r10  support=12 confidence=0.7500  ~block3_pool#7 & block3_pool#16 & ~block3_pool#46 & ~block3_pool#48 & block3_pool#58 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 16), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 7), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=132 confidence=0.8030  ~block3_pool#0 & block3_pool#7 & block3_pool#16 & ~block3_pool#46 & ~block3_pool#48 -> shirt
fired(I, r11) :- active(I, block3_pool, 7), active(I, block3_pool, 16), image(I), \+ active(I, block3_pool, 0), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r11).
% r12  support=12 confidence=0.6667  block3_pool#0 & block3_pool#7 & block3_pool#16 & ~block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> coat
fired(I, r12) :- active(I, block3_pool, 0), active(I, block3_pool, 7), active(I, block3_pool, 16), image(I), \+ active(I, block3_pool, 38), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r12).
% r13  support=95 confidence=0.7053  block3_pool#0 & block3_pool#7 & block3_pool#16 & block3_pool#38 & ~block3_pool#46 & ~block3_pool#48 -> shirt
fired(I, r13) :- active(I, block3_pool, 0), active(I, block3_pool, 7), active(I, block3_pool, 16), active(I, block3_pool, 38), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 48).
class(I, shirt) :- fired(I, r13).
% r14  support=3665 confidence=0.9916  ~block3_pool#21 & ~block3_pool#46 & block3_pool#48 & ~block3_pool#50 & ~block3_pool#51 -> coat
fired(I, r14) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 21), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 51).
class(I, coat) :- fired(I, r14).
% r15  support=2 confidence=1.0000  block3_pool#21 & ~block3_pool#46 & block3_pool#48 & ~block3_pool#50 & ~block3_pool#51 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 21), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 50), \+ active(I, block3_pool, 51).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=19 confidence=0.5789  ~block3_pool#46 & block3_pool#48 & block3_pool#50 & ~block3_pool#51 -> shirt
fired(I, r16) :- active(I, block3_pool, 48), active(I, block3_pool, 50), image(I), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 51).
class(I, shirt) :- fired(I, r16).
% r17  support=21 confidence=0.7619  ~block3_pool#46 & block3_pool#48 & block3_pool#51 -> shirt
fired(I, r17) :- active(I, block3_pool, 48), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 46).
class(I, shirt) :- fired(I, r17).
% r18  support=4058 confidence=0.9931  ~block3_pool#30 & block3_pool#46 & ~block3_pool#48 & ~block3_pool#62 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=1 confidence=1.0000  ~block3_pool#30 & block3_pool#46 & ~block3_pool#48 & block3_pool#62 -> coat
fired(I, r19) :- active(I, block3_pool, 46), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r19).
% r20  support=1 confidence=1.0000  block3_pool#30 & block3_pool#46 & ~block3_pool#48 -> coat
fired(I, r20) :- active(I, block3_pool, 30), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 48).
class(I, coat) :- fired(I, r20).
% r21  support=6 confidence=0.8333  block3_pool#46 & block3_pool#48 -> coat
fired(I, r21) :- active(I, block3_pool, 46), active(I, block3_pool, 48), image(I).
class(I, coat) :- fired(I, r21).
