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
% vars=30 rules=26 size=141
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5869 confidence=0.9533  ~block3_pool#4 & ~block3_pool#26 & ~block3_pool#30 & ~block3_pool#47 & ~block3_pool#48 & ~block3_pool#56 -> dress
fired(I, r1) :- image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48), \+ active(I, block3_pool, 56).
class(I, dress) :- fired(I, r1).
% r2  support=75 confidence=0.9600  ~block3_pool#4 & ~block3_pool#26 & ~block3_pool#30 & ~block3_pool#47 & ~block3_pool#48 & block3_pool#56 -> pullover
fired(I, r2) :- active(I, block3_pool, 56), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r2).
% r3  support=237 confidence=0.8692  block3_pool#4 & ~block3_pool#6 & ~block3_pool#26 & ~block3_pool#30 & ~block3_pool#47 & ~block3_pool#48 -> t_shirt_top
fired(I, r3) :- active(I, block3_pool, 4), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r3).
% r4  support=45 confidence=0.9778  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & ~block3_pool#30 & ~block3_pool#47 & ~block3_pool#48 -> dress
fired(I, r4) :- active(I, block3_pool, 4), active(I, block3_pool, 6), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r4).
% r5  support=235 confidence=0.9617  ~block3_pool#10 & ~block3_pool#17 & ~block3_pool#26 & ~block3_pool#30 & block3_pool#47 & ~block3_pool#48 -> pullover
fired(I, r5) :- active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 10), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r5).
% r6  support=1 confidence=1.0000  block3_pool#10 & ~block3_pool#17 & ~block3_pool#26 & ~block3_pool#30 & block3_pool#47 & ~block3_pool#48 -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, 10), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=3 confidence=1.0000  block3_pool#17 & ~block3_pool#26 & ~block3_pool#30 & block3_pool#47 & ~block3_pool#48 -> dress
fired(I, r7) :- active(I, block3_pool, 17), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 30), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r7).
% r8  support=610 confidence=0.9000  ~block3_pool#6 & ~block3_pool#18 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#47 & ~block3_pool#48 -> t_shirt_top
fired(I, r8) :- active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 47), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r8).
% r9  support=30 confidence=0.6333  ~block3_pool#6 & ~block3_pool#18 & ~block3_pool#26 & block3_pool#30 & block3_pool#47 & ~block3_pool#48 -> pullover
fired(I, r9) :- active(I, block3_pool, 30), active(I, block3_pool, 47), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, pullover) :- fired(I, r9).
% r10  support=65 confidence=0.7846  ~block3_pool#6 & block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#48 -> dress
fired(I, r10) :- active(I, block3_pool, 18), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r10).
% r11  support=7 confidence=0.8571  ~block3_pool#6 & block3_pool#18 & block3_pool#20 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#48 -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, 18), active(I, block3_pool, 20), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=100 confidence=0.9800  ~block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#48 -> dress
fired(I, r12) :- active(I, block3_pool, 6), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 4), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r12).
% r13  support=6 confidence=0.5000  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#30 & ~block3_pool#31 & ~block3_pool#48 -> t_shirt_top
fired(I, r13) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 30), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 31), \+ active(I, block3_pool, 48).
class(I, t_shirt_top) :- fired(I, r13).
% r14  support=5 confidence=1.0000  block3_pool#4 & block3_pool#6 & ~block3_pool#26 & block3_pool#30 & block3_pool#31 & ~block3_pool#48 -> dress
fired(I, r14) :- active(I, block3_pool, 4), active(I, block3_pool, 6), active(I, block3_pool, 30), active(I, block3_pool, 31), image(I), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 48).
class(I, dress) :- fired(I, r14).
% r15  support=168 confidence=0.6905  ~block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & ~block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r15) :- active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r15).
% r16  support=16 confidence=1.0000  block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & ~block3_pool#36 & ~block3_pool#46 & block3_pool#48 -> dress
fired(I, r16) :- active(I, block3_pool, 18), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 36), \+ active(I, block3_pool, 46).
class(I, dress) :- fired(I, r16).
% r17  support=3 confidence=0.6667  block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#36 & ~block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, 18), active(I, block3_pool, 36), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 46).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=224 confidence=0.9911  ~block3_pool#6 & ~block3_pool#17 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r18) :- active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 17), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r18).
% r19  support=3 confidence=0.6667  ~block3_pool#6 & block3_pool#17 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#46 & block3_pool#48 -> dress
fired(I, r19) :- active(I, block3_pool, 17), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r19).
% r20  support=4 confidence=0.7500  block3_pool#6 & ~block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#46 & block3_pool#48 -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, 6), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 18), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=3 confidence=1.0000  block3_pool#6 & block3_pool#18 & ~block3_pool#20 & ~block3_pool#26 & block3_pool#46 & block3_pool#48 -> dress
fired(I, r21) :- active(I, block3_pool, 6), active(I, block3_pool, 18), active(I, block3_pool, 46), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 20), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r21).
% r22  support=3677 confidence=0.9978  ~block3_pool#6 & block3_pool#20 & ~block3_pool#26 & ~block3_pool#47 & block3_pool#48 -> t_shirt_top
fired(I, r22) :- active(I, block3_pool, 20), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26), \+ active(I, block3_pool, 47).
class(I, t_shirt_top) :- fired(I, r22).
% r23  support=1 confidence=1.0000  ~block3_pool#6 & block3_pool#20 & ~block3_pool#26 & block3_pool#47 & block3_pool#48 -> pullover
fired(I, r23) :- active(I, block3_pool, 20), active(I, block3_pool, 47), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 6), \+ active(I, block3_pool, 26).
class(I, pullover) :- fired(I, r23).
% r24  support=7 confidence=0.5714  block3_pool#6 & block3_pool#20 & ~block3_pool#26 & block3_pool#48 -> dress
fired(I, r24) :- active(I, block3_pool, 6), active(I, block3_pool, 20), active(I, block3_pool, 48), image(I), \+ active(I, block3_pool, 26).
class(I, dress) :- fired(I, r24).
% r25  support=4803 confidence=0.9994  block3_pool#26 & ~block3_pool#57 -> pullover
fired(I, r25) :- active(I, block3_pool, 26), image(I), \+ active(I, block3_pool, 57).
class(I, pullover) :- fired(I, r25).
% r26  support=3 confidence=0.6667  block3_pool#26 & block3_pool#57 -> t_shirt_top
fired(I, r26) :- active(I, block3_pool, 26), active(I, block3_pool, 57), image(I).
class(I, t_shirt_top) :- fired(I, r26).
