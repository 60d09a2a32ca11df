%! eric-lp program 1
%! layers: block3_pool
%! lep: block3_pool
%! depth: 5
%! alpha: 0.01
%! norm: l1
%! threshold: mean
%! literals: cell
%! class 0: t_shirt_top
%! class 1: pullover
%! class 2: shirt
% vars=88 rules=54 size=315
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=583 confidence=0.4648  ~block3_pool#cell(17, 0, 0) & ~block3_pool#cell(32, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, cell(17, 0, 0)), \+ active(I, block3_pool, cell(32, 2, 2)), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(48, 0, 1)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, shirt) :- fired(I, r1).
% r2  support=186 confidence=0.7957  block3_pool#cell(17, 0, 0) & ~block3_pool#cell(32, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r2) :- active(I, block3_pool, cell(17, 0, 0)), image(I), \+ active(I, block3_pool, cell(32, 2, 2)), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(48, 0, 1)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r2).
% r3  support=831 confidence=0.8279  ~block3_pool#cell(9, 0, 2) & block3_pool#cell(32, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> shirt
fired(I, r3) :- active(I, block3_pool, cell(32, 2, 2)), image(I), \+ active(I, block3_pool, cell(9, 0, 2)), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(48, 0, 1)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, shirt) :- fired(I, r3).
% r4  support=95 confidence=0.5368  block3_pool#cell(9, 0, 2) & block3_pool#cell(32, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r4) :- active(I, block3_pool, cell(9, 0, 2)), active(I, block3_pool, cell(32, 2, 2)), image(I), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(48, 0, 1)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r4).
% r5  support=2305 confidence=0.9774  ~block3_pool#cell(21, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> shirt
fired(I, r5) :- active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(21, 2, 2)), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, shirt) :- fired(I, r5).
% r6  support=31 confidence=0.6774  block3_pool#cell(21, 2, 2) & ~block3_pool#cell(25, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> shirt
fired(I, r6) :- active(I, block3_pool, cell(21, 2, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(25, 2, 2)), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, shirt) :- fired(I, r6).
% r7  support=26 confidence=0.7308  block3_pool#cell(21, 2, 2) & block3_pool#cell(25, 2, 2) & ~block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r7) :- active(I, block3_pool, cell(21, 2, 2)), active(I, block3_pool, cell(25, 2, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(33, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r7).
% r8  support=598 confidence=0.8746  ~block3_pool#cell(32, 1, 0) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(41, 2, 0) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> pullover
fired(I, r8) :- active(I, block3_pool, cell(33, 0, 1)), image(I), \+ active(I, block3_pool, cell(32, 1, 0)), \+ active(I, block3_pool, cell(41, 2, 0)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(53, 2, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, pullover) :- fired(I, r8).
% r9  support=11 confidence=0.9091  block3_pool#cell(32, 1, 0) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(41, 2, 0) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, cell(32, 1, 0)), active(I, block3_pool, cell(33, 0, 1)), image(I), \+ active(I, block3_pool, cell(41, 2, 0)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(53, 2, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=126 confidence=0.3968  block3_pool#cell(33, 0, 1) & ~block3_pool#cell(37, 1, 2) & block3_pool#cell(41, 2, 0) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r10) :- active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(41, 2, 0)), image(I), \+ active(I, block3_pool, cell(37, 1, 2)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(53, 2, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r10).
% r11  support=99 confidence=0.7374  block3_pool#cell(33, 0, 1) & block3_pool#cell(37, 1, 2) & block3_pool#cell(41, 2, 0) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> pullover
fired(I, r11) :- active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(37, 1, 2)), active(I, block3_pool, cell(41, 2, 0)), image(I), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(53, 2, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, pullover) :- fired(I, r11).
% r12  support=283 confidence=0.8551  ~block3_pool#cell(9, 2, 0) & ~block3_pool#cell(30, 2, 2) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r12) :- active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(53, 2, 2)), image(I), \+ active(I, block3_pool, cell(9, 2, 0)), \+ active(I, block3_pool, cell(30, 2, 2)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, t_shirt_top) :- fired(I, r12).
% r13  support=69 confidence=0.6377  ~block3_pool#cell(9, 2, 0) & block3_pool#cell(30, 2, 2) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) -> shirt
fired(I, r13) :- active(I, block3_pool, cell(30, 2, 2)), active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(53, 2, 2)), image(I), \+ active(I, block3_pool, cell(9, 2, 0)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, shirt) :- fired(I, r13).
% r14  support=25 confidence=0.6400  block3_pool#cell(9, 2, 0) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) & ~block3_pool#cell(58, 2, 0) -> t_shirt_top
fired(I, r14) :- active(I, block3_pool, cell(9, 2, 0)), active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(53, 2, 2)), image(I), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)), \+ active(I, block3_pool, cell(58, 2, 0)).
class(I, t_shirt_top) :- fired(I, r14).
% r15  support=40 confidence=0.8000  block3_pool#cell(9, 2, 0) & block3_pool#cell(33, 0, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(53, 2, 2) & ~block3_pool#cell(55, 2, 1) & block3_pool#cell(58, 2, 0) -> pullover
fired(I, r15) :- active(I, block3_pool, cell(9, 2, 0)), active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(53, 2, 2)), active(I, block3_pool, cell(58, 2, 0)), image(I), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(55, 2, 1)).
class(I, pullover) :- fired(I, r15).
% r16  support=150 confidence=0.8800  ~block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 1) & ~block3_pool#cell(23, 2, 1) & ~block3_pool#cell(36, 1, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r16) :- active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(36, 1, 0)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r16).
% r17  support=23 confidence=0.6522  ~block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 1) & ~block3_pool#cell(23, 2, 1) & block3_pool#cell(36, 1, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, cell(36, 1, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=91 confidence=0.7802  ~block3_pool#cell(12, 2, 2) & block3_pool#cell(19, 0, 1) & ~block3_pool#cell(23, 2, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(54, 0, 0) & block3_pool#cell(55, 2, 1) -> shirt
fired(I, r18) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(54, 0, 0)).
class(I, shirt) :- fired(I, r18).
% r19  support=10 confidence=0.9000  ~block3_pool#cell(12, 2, 2) & block3_pool#cell(19, 0, 1) & ~block3_pool#cell(23, 2, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(54, 0, 0) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r19) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(54, 0, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r19).
% r20  support=104 confidence=0.8654  block3_pool#cell(12, 2, 2) & ~block3_pool#cell(17, 2, 0) & ~block3_pool#cell(23, 2, 1) & ~block3_pool#cell(30, 2, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r20) :- active(I, block3_pool, cell(12, 2, 2)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(17, 2, 0)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(30, 2, 0)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, t_shirt_top) :- fired(I, r20).
% r21  support=5 confidence=0.6000  block3_pool#cell(12, 2, 2) & ~block3_pool#cell(17, 2, 0) & ~block3_pool#cell(23, 2, 1) & block3_pool#cell(30, 2, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r21) :- active(I, block3_pool, cell(12, 2, 2)), active(I, block3_pool, cell(30, 2, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(17, 2, 0)), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r21).
% r22  support=4 confidence=1.0000  block3_pool#cell(12, 2, 2) & block3_pool#cell(17, 2, 0) & ~block3_pool#cell(23, 2, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> shirt
fired(I, r22) :- active(I, block3_pool, cell(12, 2, 2)), active(I, block3_pool, cell(17, 2, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(23, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, shirt) :- fired(I, r22).
% r23  support=3725 confidence=0.9863  ~block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & ~block3_pool#cell(41, 1, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r23) :- active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(41, 1, 0)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r23).
% r24  support=21 confidence=0.5714  ~block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & block3_pool#cell(41, 1, 0) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> t_shirt_top
fired(I, r24) :- active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(41, 1, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, t_shirt_top) :- fired(I, r24).
% r25  support=133 confidence=0.7970  block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & ~block3_pool#cell(29, 0, 0) & ~block3_pool#cell(29, 2, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> shirt
fired(I, r25) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(29, 0, 0)), \+ active(I, block3_pool, cell(29, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, shirt) :- fired(I, r25).
% r26  support=31 confidence=0.7419  block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & block3_pool#cell(29, 0, 0) & ~block3_pool#cell(29, 2, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r26) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(29, 0, 0)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(29, 2, 1)), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r26).
% r27  support=65 confidence=0.6308  block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & block3_pool#cell(29, 2, 1) & ~block3_pool#cell(47, 1, 2) & ~block3_pool#cell(53, 2, 1) & block3_pool#cell(55, 2, 1) -> shirt
fired(I, r27) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(29, 2, 1)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(47, 1, 2)), \+ active(I, block3_pool, cell(53, 2, 1)).
class(I, shirt) :- fired(I, r27).
% r28  support=586 confidence=0.9181  block3_pool#cell(19, 0, 1) & block3_pool#cell(23, 2, 1) & block3_pool#cell(29, 2, 1) & ~block3_pool#cell(47, 1, 2) & block3_pool#cell(53, 2, 1) & block3_pool#cell(55, 2, 1) -> pullover
fired(I, r28) :- active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(29, 2, 1)), active(I, block3_pool, cell(53, 2, 1)), active(I, block3_pool, cell(55, 2, 1)), image(I), \+ active(I, block3_pool, cell(47, 1, 2)).
class(I, pullover) :- fired(I, r28).
% r29  support=550 confidence=0.7691  ~block3_pool#cell(4, 1, 0) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(4, 1, 0)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=688 confidence=0.9855  ~block3_pool#cell(1, 2, 0) & ~block3_pool#cell(4, 1, 0) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r30) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(1, 2, 0)), \+ active(I, block3_pool, cell(4, 1, 0)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, t_shirt_top) :- fired(I, r30).
% r31  support=1 confidence=1.0000  block3_pool#cell(1, 2, 0) & ~block3_pool#cell(4, 1, 0) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) -> pullover
fired(I, r31) :- active(I, block3_pool, cell(1, 2, 0)), active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(4, 1, 0)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, pullover) :- fired(I, r31).
% r32  support=49 confidence=0.8776  block3_pool#cell(4, 1, 0) & ~block3_pool#cell(21, 2, 2) & ~block3_pool#cell(24, 0, 2) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) -> shirt
fired(I, r32) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(21, 2, 2)), \+ active(I, block3_pool, cell(24, 0, 2)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, shirt) :- fired(I, r32).
% r33  support=4 confidence=0.7500  block3_pool#cell(4, 1, 0) & block3_pool#cell(21, 2, 2) & ~block3_pool#cell(24, 0, 2) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(48, 0, 1) -> pullover
fired(I, r33) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(21, 2, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(24, 0, 2)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, pullover) :- fired(I, r33).
% r34  support=5 confidence=0.6000  block3_pool#cell(4, 1, 0) & block3_pool#cell(24, 0, 2) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(47, 2, 2) & ~block3_pool#cell(48, 0, 1) -> pullover
fired(I, r34) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(24, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(47, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, pullover) :- fired(I, r34).
% r35  support=7 confidence=1.0000  block3_pool#cell(4, 1, 0) & block3_pool#cell(24, 0, 2) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(47, 1, 2) & block3_pool#cell(47, 2, 2) & ~block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r35) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(24, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(48, 0, 1)).
class(I, t_shirt_top) :- fired(I, r35).
% r36  support=47 confidence=0.8511  ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(23, 0, 1) & ~block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> shirt
fired(I, r36) :- active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(23, 0, 1)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(44, 0, 1)).
class(I, shirt) :- fired(I, r36).
% r37  support=4 confidence=0.7500  ~block3_pool#cell(8, 1, 1) & block3_pool#cell(23, 0, 1) & ~block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r37) :- active(I, block3_pool, cell(23, 0, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(44, 0, 1)).
class(I, t_shirt_top) :- fired(I, r37).
% r38  support=61 confidence=0.7705  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 1) & ~block3_pool#cell(45, 1, 0) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(44, 0, 1)), \+ active(I, block3_pool, cell(45, 1, 0)).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=28 confidence=0.7143  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 1) & block3_pool#cell(45, 1, 0) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> shirt
fired(I, r39) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(45, 1, 0)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(37, 2, 2)), \+ active(I, block3_pool, cell(44, 0, 1)).
class(I, shirt) :- fired(I, r39).
% r40  support=296 confidence=0.9696  ~block3_pool#cell(7, 0, 0) & ~block3_pool#cell(33, 2, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> shirt
fired(I, r40) :- active(I, block3_pool, cell(44, 0, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(7, 0, 0)), \+ active(I, block3_pool, cell(33, 2, 1)), \+ active(I, block3_pool, cell(37, 2, 2)).
class(I, shirt) :- fired(I, r40).
% r41  support=2 confidence=1.0000  block3_pool#cell(7, 0, 0) & ~block3_pool#cell(33, 2, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r41) :- active(I, block3_pool, cell(7, 0, 0)), active(I, block3_pool, cell(44, 0, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(33, 2, 1)), \+ active(I, block3_pool, cell(37, 2, 2)).
class(I, t_shirt_top) :- fired(I, r41).
% r42  support=9 confidence=0.8889  ~block3_pool#cell(32, 0, 0) & block3_pool#cell(33, 2, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> shirt
fired(I, r42) :- active(I, block3_pool, cell(33, 2, 1)), active(I, block3_pool, cell(44, 0, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(32, 0, 0)), \+ active(I, block3_pool, cell(37, 2, 2)).
class(I, shirt) :- fired(I, r42).
% r43  support=7 confidence=0.8571  block3_pool#cell(32, 0, 0) & block3_pool#cell(33, 2, 1) & ~block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 1) & block3_pool#cell(47, 1, 2) & block3_pool#cell(48, 0, 1) -> t_shirt_top
fired(I, r43) :- active(I, block3_pool, cell(32, 0, 0)), active(I, block3_pool, cell(33, 2, 1)), active(I, block3_pool, cell(44, 0, 1)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(48, 0, 1)), image(I), \+ active(I, block3_pool, cell(37, 2, 2)).
class(I, t_shirt_top) :- fired(I, r43).
% r44  support=3513 confidence=0.9940  ~block3_pool#cell(4, 1, 0) & ~block3_pool#cell(14, 2, 0) & block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> t_shirt_top
fired(I, r44) :- active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(4, 1, 0)), \+ active(I, block3_pool, cell(14, 2, 0)), \+ active(I, block3_pool, cell(44, 0, 2)).
class(I, t_shirt_top) :- fired(I, r44).
% r45  support=30 confidence=0.8667  block3_pool#cell(4, 1, 0) & ~block3_pool#cell(14, 2, 0) & ~block3_pool#cell(19, 0, 1) & block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> t_shirt_top
fired(I, r45) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(14, 2, 0)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(44, 0, 2)).
class(I, t_shirt_top) :- fired(I, r45).
% r46  support=6 confidence=0.6667  block3_pool#cell(4, 1, 0) & ~block3_pool#cell(14, 2, 0) & block3_pool#cell(19, 0, 1) & block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> shirt
fired(I, r46) :- active(I, block3_pool, cell(4, 1, 0)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(14, 2, 0)), \+ active(I, block3_pool, cell(44, 0, 2)).
class(I, shirt) :- fired(I, r46).
% r47  support=3 confidence=1.0000  block3_pool#cell(14, 2, 0) & block3_pool#cell(37, 2, 2) & ~block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> pullover
fired(I, r47) :- active(I, block3_pool, cell(14, 2, 0)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(44, 0, 2)).
class(I, pullover) :- fired(I, r47).
% r48  support=29 confidence=0.9310  ~block3_pool#cell(8, 2, 2) & ~block3_pool#cell(12, 2, 2) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r48) :- active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(8, 2, 2)), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(47, 2, 2)).
class(I, t_shirt_top) :- fired(I, r48).
% r49  support=31 confidence=0.5161  ~block3_pool#cell(8, 2, 2) & block3_pool#cell(12, 2, 2) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) & ~block3_pool#cell(47, 2, 2) -> shirt
fired(I, r49) :- active(I, block3_pool, cell(12, 2, 2)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(8, 2, 2)), \+ active(I, block3_pool, cell(47, 2, 2)).
class(I, shirt) :- fired(I, r49).
% r50  support=503 confidence=0.9861  ~block3_pool#cell(8, 2, 2) & ~block3_pool#cell(23, 2, 1) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) & block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r50) :- active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I), \+ active(I, block3_pool, cell(8, 2, 2)), \+ active(I, block3_pool, cell(23, 2, 1)).
class(I, t_shirt_top) :- fired(I, r50).
% r51  support=4 confidence=0.5000  ~block3_pool#cell(8, 2, 2) & block3_pool#cell(23, 2, 1) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) & block3_pool#cell(47, 2, 2) -> pullover
fired(I, r51) :- active(I, block3_pool, cell(23, 2, 1)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I), \+ active(I, block3_pool, cell(8, 2, 2)).
class(I, pullover) :- fired(I, r51).
% r52  support=22 confidence=0.8636  ~block3_pool#cell(3, 2, 1) & block3_pool#cell(8, 2, 2) & ~block3_pool#cell(20, 0, 2) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> shirt
fired(I, r52) :- active(I, block3_pool, cell(8, 2, 2)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(3, 2, 1)), \+ active(I, block3_pool, cell(20, 0, 2)).
class(I, shirt) :- fired(I, r52).
% r53  support=32 confidence=0.6250  block3_pool#cell(3, 2, 1) & block3_pool#cell(8, 2, 2) & ~block3_pool#cell(20, 0, 2) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> t_shirt_top
fired(I, r53) :- active(I, block3_pool, cell(3, 2, 1)), active(I, block3_pool, cell(8, 2, 2)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I), \+ active(I, block3_pool, cell(20, 0, 2)).
class(I, t_shirt_top) :- fired(I, r53).
% r54  support=13 confidence=1.0000  block3_pool#cell(8, 2, 2) & block3_pool#cell(20, 0, 2) & block3_pool#cell(37, 2, 2) & block3_pool#cell(44, 0, 2) & block3_pool#cell(47, 1, 2) -> t_shirt_top
fired(I, r54) :- active(I, block3_pool, cell(8, 2, 2)), active(I, block3_pool, cell(20, 0, 2)), active(I, block3_pool, cell(37, 2, 2)), active(I, block3_pool, cell(44, 0, 2)), active(I, block3_pool, cell(47, 1, 2)), image(I).
class(I, t_shirt_top) :- fired(I, r54).
