%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: coat
% vars=36 rules=22 size=118
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5672 confidence=0.9429  ~block3_pool#24 & ~block3_pool#29 & ~block3_pool#39 & ~block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 -> pullover
fired(I, r1) :- image(I), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r1).
% r2  support=72 confidence=0.8750  ~block3_pool#24 & ~block3_pool#29 & block3_pool#39 & ~block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 -> coat
fired(I, r2) :- active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r2).
% r3  support=108 confidence=0.9167  block3_pool#24 & ~block3_pool#29 & ~block3_pool#30 & ~block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 -> coat
fired(I, r3) :- active(I, block3_pool, 24), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r3).
% r4  support=5 confidence=1.0000  block3_pool#24 & ~block3_pool#29 & block3_pool#30 & ~block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 -> pullover
fired(I, r4) :- active(I, block3_pool, 24), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 44), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r4).
% r5  support=170 confidence=0.9647  ~block3_pool#29 & ~block3_pool#39 & block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 -> t_shirt_top
fired(I, r5) :- active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r5).
% r6  support=5 confidence=0.8000  ~block3_pool#29 & block3_pool#39 & block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 & ~block3_pool#61 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 39), active(I, block3_pool, 44), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 61).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=2 confidence=1.0000  ~block3_pool#29 & block3_pool#39 & block3_pool#44 & ~block3_pool#51 & ~block3_pool#57 & block3_pool#61 -> coat
fired(I, r7) :- active(I, block3_pool, 39), active(I, block3_pool, 44), active(I, block3_pool, 61), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 51), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r7).
% r8  support=276 confidence=0.9964  ~block3_pool#29 & ~block3_pool#35 & block3_pool#51 & ~block3_pool#57 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 35), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=8 confidence=0.8750  ~block3_pool#29 & ~block3_pool#33 & block3_pool#35 & ~block3_pool#36 & block3_pool#51 & ~block3_pool#57 -> pullover
fired(I, r9) :- active(I, block3_pool, 35), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 33), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r9).
% r10  support=1 confidence=1.0000  ~block3_pool#29 & block3_pool#33 & block3_pool#35 & ~block3_pool#36 & block3_pool#51 & ~block3_pool#57 -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, 33), active(I, block3_pool, 35), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=21 confidence=0.9524  ~block3_pool#29 & block3_pool#35 & block3_pool#36 & block3_pool#51 & ~block3_pool#57 -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, 35), active(I, block3_pool, 36), active(I, block3_pool, 51), image(I), \+ active(I, block3_pool, 29), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=4718 confidence=0.9975  ~block3_pool#4 & block3_pool#29 & ~block3_pool#46 & ~block3_pool#56 & ~block3_pool#57 -> coat
fired(I, r12) :- active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r12).
% r13  support=2 confidence=1.0000  ~block3_pool#4 & block3_pool#29 & block3_pool#46 & ~block3_pool#56 & ~block3_pool#57 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 29), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 56), \+ active(I, block3_pool, 57).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=12 confidence=0.7500  ~block3_pool#4 & ~block3_pool#10 & block3_pool#29 & block3_pool#56 & ~block3_pool#57 & ~block3_pool#62 -> coat
fired(I, r14) :- active(I, block3_pool, 29), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, coat) :- fired(I, r14).
% r15  support=33 confidence=0.8485  ~block3_pool#4 & block3_pool#10 & block3_pool#29 & block3_pool#56 & ~block3_pool#57 & ~block3_pool#62 -> pullover
fired(I, r15) :- active(I, block3_pool, 10), active(I, block3_pool, 29), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 62).
class(I, pullover) :- fired(I, r15).
% r16  support=130 confidence=0.9692  ~block3_pool#4 & block3_pool#29 & block3_pool#56 & ~block3_pool#57 & block3_pool#62 -> coat
fired(I, r16) :- active(I, block3_pool, 29), active(I, block3_pool, 56), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 57).
class(I, coat) :- fired(I, r16).
% r17  support=190 confidence=0.9684  block3_pool#4 & block3_pool#29 & ~block3_pool#39 & ~block3_pool#57 -> pullover
fired(I, r17) :- active(I, block3_pool, 4), active(I, block3_pool, 29), image(I), \+ active(I, block3_pool, 39), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r17).
% r18  support=17 confidence=0.5294  block3_pool#4 & ~block3_pool#24 & block3_pool#29 & block3_pool#39 & ~block3_pool#57 & ~block3_pool#60 -> coat
fired(I, r18) :- active(I, block3_pool, 4), active(I, block3_pool, 29), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 60).
class(I, coat) :- fired(I, r18).
% r19  support=30 confidence=0.9000  block3_pool#4 & ~block3_pool#24 & block3_pool#29 & block3_pool#39 & ~block3_pool#57 & block3_pool#60 -> pullover
fired(I, r19) :- active(I, block3_pool, 4), active(I, block3_pool, 29), active(I, block3_pool, 39), active(I, block3_pool, 60), image(I), \+ active(I, block3_pool, 24), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r19).
% r20  support=31 confidence=0.9355  block3_pool#4 & block3_pool#24 & block3_pool#29 & block3_pool#39 & ~block3_pool#57 & ~block3_pool#58 -> coat
fired(I, r20) :- active(I, block3_pool, 4), active(I, block3_pool, 24), active(I, block3_pool, 29), active(I, block3_pool, 39), image(I), \+ active(I, block3_pool, 57), \+ active(I, block3_pool, 58).
class(I, coat) :- fired(I, r20).
% r21  support=6 confidence=0.6667  block3_pool#4 & block3_pool#24 & block3_pool#29 & block3_pool#39 & ~block3_pool#57 & block3_pool#58 -> pullover
fired(I, r21) :- active(I, block3_pool, 4), active(I, block3_pool, 24), active(I, block3_pool, 29), active(I, block3_pool, 39), active(I, block3_pool, 58), image(I), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r21).
% r22  support=4691 confidence=0.9966  block3_pool#57 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 57), image(I).
class(I, t_shirt_top) :- fired(I, r22).
