%! eric-lp program 1
%! layers: block3_conv2
%! lep: block3_conv2
%! depth: 4
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: dress
% vars=32 rules=22 size=102
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=316 confidence=0.4399  ~block3_conv2#2 & ~block3_conv2#4 & ~block3_conv2#13 & ~block3_conv2#48 & ~block3_conv2#57 -> dress
fired(I, r1) :- image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 4), \+ active(I, block3_conv2, 13), \+ active(I, block3_conv2, 48), \+ active(I, block3_conv2, 57).
class(I, dress) :- fired(I, r1).
% r2  support=160 confidence=0.8187  ~block3_conv2#2 & ~block3_conv2#4 & block3_conv2#13 & ~block3_conv2#48 & ~block3_conv2#57 -> pullover
fired(I, r2) :- active(I, block3_conv2, 13), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 4), \+ active(I, block3_conv2, 48), \+ active(I, block3_conv2, 57).
class(I, pullover) :- fired(I, r2).
% r3  support=207 confidence=0.4879  ~block3_conv2#2 & block3_conv2#4 & ~block3_conv2#6 & ~block3_conv2#48 & ~block3_conv2#57 -> t_shirt_top
fired(I, r3) :- active(I, block3_conv2, 4), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 6), \+ active(I, block3_conv2, 48), \+ active(I, block3_conv2, 57).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=78 confidence=0.8846  ~block3_conv2#2 & block3_conv2#4 & block3_conv2#6 & ~block3_conv2#48 & ~block3_conv2#57 -> dress
fired(I, r4) :- active(I, block3_conv2, 4), active(I, block3_conv2, 6), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 48), \+ active(I, block3_conv2, 57).
class(I, dress) :- fired(I, r4).
% r5  support=5416 confidence=0.9319  ~block3_conv2#2 & ~block3_conv2#48 & block3_conv2#57 -> dress
fired(I, r5) :- active(I, block3_conv2, 57), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 48).
class(I, dress) :- fired(I, r5).
% r6  support=206 confidence=0.4660  ~block3_conv2#2 & ~block3_conv2#36 & ~block3_conv2#46 & block3_conv2#48 & ~block3_conv2#53 -> pullover
fired(I, r6) :- active(I, block3_conv2, 48), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 36), \+ active(I, block3_conv2, 46), \+ active(I, block3_conv2, 53).
class(I, pullover) :- fired(I, r6).
% r7  support=253 confidence=0.6245  ~block3_conv2#2 & ~block3_conv2#36 & block3_conv2#46 & block3_conv2#48 & ~block3_conv2#53 -> t_shirt_top
fired(I, r7) :- active(I, block3_conv2, 46), active(I, block3_conv2, 48), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 36), \+ active(I, block3_conv2, 53).
class(I, t_shirt_top) :- fired(I, r7).
% r8  support=3933 confidence=0.9647  ~block3_conv2#2 & block3_conv2#36 & block3_conv2#48 & ~block3_conv2#53 -> t_shirt_top
fired(I, r8) :- active(I, block3_conv2, 36), active(I, block3_conv2, 48), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 53).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=67 confidence=0.5224  ~block3_conv2#2 & ~block3_conv2#6 & ~block3_conv2#28 & block3_conv2#48 & block3_conv2#53 -> t_shirt_top
fired(I, r9) :- active(I, block3_conv2, 48), active(I, block3_conv2, 53), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 6), \+ active(I, block3_conv2, 28).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=285 confidence=0.9053  ~block3_conv2#2 & block3_conv2#6 & ~block3_conv2#28 & block3_conv2#48 & block3_conv2#53 -> dress
fired(I, r10) :- active(I, block3_conv2, 6), active(I, block3_conv2, 48), active(I, block3_conv2, 53), image(I), \+ active(I, block3_conv2, 2), \+ active(I, block3_conv2, 28).
class(I, dress) :- fired(I, r10).
% r11  support=66 confidence=0.8636  ~block3_conv2#2 & block3_conv2#28 & block3_conv2#48 & block3_conv2#53 -> t_shirt_top
fired(I, r11) :- active(I, block3_conv2, 28), active(I, block3_conv2, 48), active(I, block3_conv2, 53), image(I), \+ active(I, block3_conv2, 2).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=4789 confidence=0.9919  block3_conv2#2 & ~block3_conv2#36 & ~block3_conv2#41 -> pullover
fired(I, r12) :- active(I, block3_conv2, 2), image(I), \+ active(I, block3_conv2, 36), \+ active(I, block3_conv2, 41).
class(I, pullover) :- fired(I, r12).
% r13  support=69 confidence=0.8116  block3_conv2#2 & ~block3_conv2#4 & ~block3_conv2#36 & block3_conv2#41 -> pullover
fired(I, r13) :- active(I, block3_conv2, 2), active(I, block3_conv2, 41), image(I), \+ active(I, block3_conv2, 4), \+ active(I, block3_conv2, 36).
class(I, pullover) :- fired(I, r13).
% r14  support=7 confidence=0.8571  block3_conv2#2 & block3_conv2#4 & ~block3_conv2#36 & block3_conv2#41 & ~block3_conv2#47 -> t_shirt_top
fired(I, r14) :- active(I, block3_conv2, 2), active(I, block3_conv2, 4), active(I, block3_conv2, 41), image(I), \+ active(I, block3_conv2, 36), \+ active(I, block3_conv2, 47).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=9 confidence=0.7778  block3_conv2#2 & block3_conv2#4 & ~block3_conv2#36 & block3_conv2#41 & block3_conv2#47 -> dress
fired(I, r15) :- active(I, block3_conv2, 2), active(I, block3_conv2, 4), active(I, block3_conv2, 41), active(I, block3_conv2, 47), image(I), \+ active(I, block3_conv2, 36).
class(I, dress) :- fired(I, r15).
% r16  support=32 confidence=0.7812  block3_conv2#2 & ~block3_conv2#16 & ~block3_conv2#33 & block3_conv2#36 & ~block3_conv2#48 -> pullover
fired(I, r16) :- active(I, block3_conv2, 2), active(I, block3_conv2, 36), image(I), \+ active(I, block3_conv2, 16), \+ active(I, block3_conv2, 33), \+ active(I, block3_conv2, 48).
class(I, pullover) :- fired(I, r16).
% r17  support=15 confidence=0.6000  block3_conv2#2 & ~block3_conv2#16 & block3_conv2#33 & block3_conv2#36 & ~block3_conv2#48 -> dress
fired(I, r17) :- active(I, block3_conv2, 2), active(I, block3_conv2, 33), active(I, block3_conv2, 36), image(I), \+ active(I, block3_conv2, 16), \+ active(I, block3_conv2, 48).
class(I, dress) :- fired(I, r17).
% r18  support=149 confidence=0.9463  block3_conv2#2 & ~block3_conv2#16 & block3_conv2#36 & block3_conv2#48 -> t_shirt_top
fired(I, r18) :- active(I, block3_conv2, 2), active(I, block3_conv2, 36), active(I, block3_conv2, 48), image(I), \+ active(I, block3_conv2, 16).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=5 confidence=0.4000  block3_conv2#2 & block3_conv2#16 & ~block3_conv2#31 & block3_conv2#36 & ~block3_conv2#49 -> t_shirt_top
fired(I, r19) :- active(I, block3_conv2, 2), active(I, block3_conv2, 16), active(I, block3_conv2, 36), image(I), \+ active(I, block3_conv2, 31), \+ active(I, block3_conv2, 49).
class(I, t_shirt_top) :- fired(I, r19).
% r20  support=101 confidence=0.9901  block3_conv2#2 & block3_conv2#16 & ~block3_conv2#31 & block3_conv2#36 & block3_conv2#49 -> pullover
fired(I, r20) :- active(I, block3_conv2, 2), active(I, block3_conv2, 16), active(I, block3_conv2, 36), active(I, block3_conv2, 49), image(I), \+ active(I, block3_conv2, 31).
class(I, pullover) :- fired(I, r20).
% r21  support=9 confidence=1.0000  block3_conv2#2 & block3_conv2#16 & block3_conv2#31 & block3_conv2#36 & ~block3_conv2#48 -> pullover
fired(I, r21) :- active(I, block3_conv2, 2), active(I, block3_conv2, 16), active(I, block3_conv2, 31), active(I, block3_conv2, 36), image(I), \+ active(I, block3_conv2, 48).
class(I, pullover) :- fired(I, r21).
% r22  support=28 confidence=0.6429  block3_conv2#2 & block3_conv2#16 & block3_conv2#31 & block3_conv2#36 & block3_conv2#48 -> t_shirt_top
fired(I, r22) :- active(I, block3_conv2, 2), active(I, block3_conv2, 16), active(I, block3_conv2, 31), active(I, block3_conv2, 36), active(I, block3_conv2, 48), image(I).
class(I, t_shirt_top) :- fired(I, r22).
