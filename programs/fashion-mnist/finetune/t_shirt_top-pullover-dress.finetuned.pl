%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: dress
% vars=38 rules=25 size=134
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5939 confidence=0.9311  ~block3_pool#3 & ~block3_pool#4 & ~block3_pool#26 & ~block3_pool#30 & ~block3_pool#36 & ~block3_pool#56 -> dress
fired(I, r1) :- image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 56).
class(I, dress) :- fired(I, r1).
% r2  support=208 confidence=0.7500  ~block3_pool#3 & ~block3_pool#4 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#36 & ~block3_pool#56 -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 56).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=136 confidence=0.9632  ~block3_pool#3 & ~block3_pool#4 & ~block3_pool#18 & ~block3_pool#26 & ~block3_pool#36 & block3_pool#56 -> pullover
fired(I, r3) :- active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36).
class(I, pullover) :- fired(I, r3).
% r4  support=9 confidence=0.6667  ~block3_pool#3 & ~block3_pool#4 & block3_pool#18 & ~block3_pool#26 & ~block3_pool#36 & block3_pool#56 -> dress
fired(I, r4) :- active(I, block3_pool, 18), active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 3), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r4).
% r5  support=282 confidence=0.8723  block3_pool#3 & ~block3_pool#4 & ~block3_pool#10 & ~block3_pool#26 & ~block3_pool#36 & ~block3_pool#40 -> pullover
fired(I, r5) :- active(I, block3_pool, 3), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 40).
class(I, pullover) :- fired(I, r5).
% r6  support=9 confidence=0.8889  block3_pool#3 & ~block3_pool#4 & ~block3_pool#10 & ~block3_pool#26 & ~block3_pool#36 & block3_pool#40 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 3), active(I, block3_pool, 40), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=31 confidence=0.9355  block3_pool#3 & ~block3_pool#4 & block3_pool#10 & ~block3_pool#26 & ~block3_pool#36 -> t_shirt_top
fired(I, r7) :- active(I, block3_pool, 3), active(I, block3_pool, 10), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r7).
% r8  support=617 confidence=0.9854  ~block3_pool#4 & ~block3_pool#15 & ~block3_pool#18 & ~block3_pool#22 & ~block3_pool#26 & block3_pool#36 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 22), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=1 confidence=1.0000  ~block3_pool#4 & ~block3_pool#15 & ~block3_pool#18 & block3_pool#22 & ~block3_pool#26 & block3_pool#36 -> dress
fired(I, r9) :- active(I, block3_pool, 22), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 15), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r9).
% r10  support=1 confidence=1.0000  ~block3_pool#4 & block3_pool#15 & ~block3_pool#18 & ~block3_pool#26 & block3_pool#36 -> dress
fired(I, r10) :- active(I, block3_pool, 15), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r10).
% r11  support=7 confidence=1.0000  ~block3_pool#4 & block3_pool#18 & ~block3_pool#26 & ~block3_pool#32 & block3_pool#36 & ~block3_pool#48 -> dress
fired(I, r11) :- active(I, block3_pool, 18), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r11).
% r12  support=6 confidence=0.5000  ~block3_pool#4 & block3_pool#18 & ~block3_pool#26 & block3_pool#32 & block3_pool#36 & ~block3_pool#48 -> t_shirt_top
fired(I, r12) :- active(I, block3_pool, 18), active(I, block3_pool, 32), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r12).
% r13  support=19 confidence=0.8947  ~block3_pool#4 & block3_pool#18 & ~block3_pool#26 & block3_pool#36 & block3_pool#48 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 18), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=3918 confidence=0.9857  block3_pool#4 & ~block3_pool#6 & ~block3_pool#18 & ~block3_pool#26 & ~block3_pool#62 -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, 4), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 62).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=8 confidence=0.8750  block3_pool#4 & ~block3_pool#6 & ~block3_pool#18 & ~block3_pool#26 & block3_pool#62 -> dress
fired(I, r15) :- active(I, block3_pool, 4), active(I, block3_pool, 62), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r15).
% r16  support=31 confidence=0.8065  block3_pool#4 & ~block3_pool#6 & block3_pool#18 & ~block3_pool#26 & ~block3_pool#32 & ~block3_pool#36 -> dress
fired(I, r16) :- active(I, block3_pool, 4), active(I, block3_pool, 18), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 36).
class(I, dress) :- fired(I, r16).
% r17  support=2 confidence=1.0000  block3_pool#4 & ~block3_pool#6 & block3_pool#18 & ~block3_pool#26 & block3_pool#32 & ~block3_pool#36 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 4), active(I, block3_pool, 18), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=18 confidence=1.0000  block3_pool#4 & ~block3_pool#6 & block3_pool#18 & ~block3_pool#26 & block3_pool#36 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 4), active(I, block3_pool, 18), active(I, block3_pool, 36), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=138 confidence=0.9058  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & ~block3_pool#32 & ~block3_pool#46 & ~block3_pool#59 -> dress
fired(I, r19) :- active(I, block3_pool, 4), active(I, block3_pool, 6), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 59).
class(I, dress) :- fired(I, r19).
% r20  support=1 confidence=1.0000  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & ~block3_pool#32 & ~block3_pool#46 & block3_pool#59 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 59), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 32), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=3 confidence=1.0000  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#32 & ~block3_pool#46 & ~block3_pool#55 -> t_shirt_top
fired(I, r21) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 32), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 46), \+ active(I, block3_pool, 55).
class(I, t_shirt_top) :- fired(I, r21).
% r22  support=4 confidence=0.7500  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#32 & ~block3_pool#46 & block3_pool#55 -> dress
fired(I, r22) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 32), active(I, block3_pool, 55), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 46).
class(I, dress) :- fired(I, r22).
% r23  support=6 confidence=1.0000  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#46 -> t_shirt_top
fired(I, r23) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 46), image(I), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r23).
% r24  support=4805 confidence=0.9992  block3_pool#26 & ~block3_pool#37 -> pullover
fired(I, r24) :- active(I, block3_pool, 26), image(I), \+ active(I, block3_pool, 37).
class(I, pullover) :- fired(I, r24).
% r25  support=1 confidence=1.0000  block3_pool#26 & block3_pool#37 -> dress
fired(I, r25) :- active(I, block3_pool, 26), active(I, block3_pool, 37), image(I).
class(I, dress) :- fired(I, r25).
