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
% vars=64 rules=42 size=235
:- dynamic image/1, active/3, class/2, label/3, provisional/2.
:- multifile image/1, active/3.
:- discontiguous active/3, fired/2, class/2.
:- table fired/2.
% r1  support=5820 confidence=0.8803  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(45, 0, 2) & ~block3_pool#cell(52, 0, 0) & ~block3_pool#cell(61, 0, 2) -> shirt
fired(I, r1) :- image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(45, 0, 2)), \+ active(I, block3_pool, cell(52, 0, 0)), \+ active(I, block3_pool, cell(61, 0, 2)).
class(I, shirt) :- fired(I, r1).
% r2  support=241 confidence=0.8423  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(42, 2, 0) & ~block3_pool#cell(45, 0, 2) & ~block3_pool#cell(52, 0, 0) & block3_pool#cell(61, 0, 2) -> pullover
fired(I, r2) :- active(I, block3_pool, cell(61, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(42, 2, 0)), \+ active(I, block3_pool, cell(45, 0, 2)), \+ active(I, block3_pool, cell(52, 0, 0)).
class(I, pullover) :- fired(I, r2).
% r3  support=37 confidence=0.4595  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(42, 2, 0) & ~block3_pool#cell(45, 0, 2) & ~block3_pool#cell(52, 0, 0) & block3_pool#cell(61, 0, 2) -> shirt
fired(I, r3) :- active(I, block3_pool, cell(42, 2, 0)), active(I, block3_pool, cell(61, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(45, 0, 2)), \+ active(I, block3_pool, cell(52, 0, 0)).
class(I, shirt) :- fired(I, r3).
% r4  support=308 confidence=0.8961  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(15, 2, 2) & ~block3_pool#cell(45, 0, 2) & block3_pool#cell(52, 0, 0) -> t_shirt_top
fired(I, r4) :- active(I, block3_pool, cell(52, 0, 0)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(15, 2, 2)), \+ active(I, block3_pool, cell(45, 0, 2)).
class(I, t_shirt_top) :- fired(I, r4).
% r5  support=44 confidence=0.7045  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 1, 2) & block3_pool#cell(15, 2, 2) & ~block3_pool#cell(45, 0, 2) & block3_pool#cell(52, 0, 0) -> shirt
fired(I, r5) :- active(I, block3_pool, cell(15, 2, 2)), active(I, block3_pool, cell(52, 0, 0)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(12, 1, 2)), \+ active(I, block3_pool, cell(45, 0, 2)).
class(I, shirt) :- fired(I, r5).
% r6  support=22 confidence=0.8636  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(12, 1, 2) & block3_pool#cell(15, 2, 2) & ~block3_pool#cell(45, 0, 2) & block3_pool#cell(52, 0, 0) -> t_shirt_top
fired(I, r6) :- active(I, block3_pool, cell(12, 1, 2)), active(I, block3_pool, cell(15, 2, 2)), active(I, block3_pool, cell(52, 0, 0)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(45, 0, 2)).
class(I, t_shirt_top) :- fired(I, r6).
% r7  support=1027 confidence=0.9357  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(29, 2, 2) & ~block3_pool#cell(38, 0, 0) & block3_pool#cell(45, 0, 2) -> pullover
fired(I, r7) :- active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(29, 2, 2)), \+ active(I, block3_pool, cell(38, 0, 0)).
class(I, pullover) :- fired(I, r7).
% r8  support=9 confidence=1.0000  ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(29, 2, 2) & block3_pool#cell(38, 0, 0) & block3_pool#cell(45, 0, 2) -> shirt
fired(I, r8) :- active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(29, 2, 2)).
class(I, shirt) :- fired(I, r8).
% r9  support=22 confidence=0.9545  ~block3_pool#cell(2, 0, 2) & ~block3_pool#cell(2, 1, 2) & ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(29, 2, 2) & block3_pool#cell(45, 0, 2) -> t_shirt_top
fired(I, r9) :- active(I, block3_pool, cell(29, 2, 2)), active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(2, 0, 2)), \+ active(I, block3_pool, cell(2, 1, 2)), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)).
class(I, t_shirt_top) :- fired(I, r9).
% r10  support=1 confidence=1.0000  ~block3_pool#cell(2, 0, 2) & block3_pool#cell(2, 1, 2) & ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(29, 2, 2) & block3_pool#cell(45, 0, 2) -> pullover
fired(I, r10) :- active(I, block3_pool, cell(2, 1, 2)), active(I, block3_pool, cell(29, 2, 2)), active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(2, 0, 2)), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)).
class(I, pullover) :- fired(I, r10).
% r11  support=2 confidence=1.0000  block3_pool#cell(2, 0, 2) & ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(29, 2, 2) & ~block3_pool#cell(33, 0, 1) & block3_pool#cell(45, 0, 2) -> t_shirt_top
fired(I, r11) :- active(I, block3_pool, cell(2, 0, 2)), active(I, block3_pool, cell(29, 2, 2)), active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(33, 0, 1)).
class(I, t_shirt_top) :- fired(I, r11).
% r12  support=5 confidence=1.0000  block3_pool#cell(2, 0, 2) & ~block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(29, 2, 2) & block3_pool#cell(33, 0, 1) & block3_pool#cell(45, 0, 2) -> pullover
fired(I, r12) :- active(I, block3_pool, cell(2, 0, 2)), active(I, block3_pool, cell(29, 2, 2)), active(I, block3_pool, cell(33, 0, 1)), active(I, block3_pool, cell(45, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(8, 1, 1)).
class(I, pullover) :- fired(I, r12).
% r13  support=436 confidence=0.9450  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 0) & ~block3_pool#cell(19, 0, 1) & ~block3_pool#cell(39, 2, 1) -> pullover
fired(I, r13) :- active(I, block3_pool, cell(6, 2, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 0)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(39, 2, 1)).
class(I, pullover) :- fired(I, r13).
% r14  support=25 confidence=0.6000  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 2, 2) & block3_pool#cell(19, 0, 0) & ~block3_pool#cell(19, 0, 1) & ~block3_pool#cell(39, 2, 1) -> shirt
fired(I, r14) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 0)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(39, 2, 1)).
class(I, shirt) :- fired(I, r14).
% r15  support=3233 confidence=0.9981  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 1) & block3_pool#cell(39, 2, 1) & ~block3_pool#cell(62, 1, 2) -> pullover
fired(I, r15) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(39, 2, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 1)), \+ active(I, block3_pool, cell(62, 1, 2)).
class(I, pullover) :- fired(I, r15).
% r16  support=2 confidence=0.5000  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 1) & block3_pool#cell(39, 2, 1) & block3_pool#cell(62, 1, 2) -> t_shirt_top
fired(I, r16) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(39, 2, 1)), active(I, block3_pool, cell(62, 1, 2)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(12, 2, 2)), \+ active(I, block3_pool, cell(19, 0, 1)).
class(I, t_shirt_top) :- fired(I, r16).
% r17  support=6 confidence=1.0000  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(12, 2, 2) & ~block3_pool#cell(19, 0, 1) -> t_shirt_top
fired(I, r17) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(12, 2, 2)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(19, 0, 1)).
class(I, t_shirt_top) :- fired(I, r17).
% r18  support=71 confidence=0.8873  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & ~block3_pool#cell(26, 2, 1) & ~block3_pool#cell(33, 2, 1) -> shirt
fired(I, r18) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(26, 2, 1)), \+ active(I, block3_pool, cell(33, 2, 1)).
class(I, shirt) :- fired(I, r18).
% r19  support=19 confidence=0.8421  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & block3_pool#cell(26, 2, 1) & ~block3_pool#cell(33, 2, 1) & ~block3_pool#cell(39, 2, 1) -> shirt
fired(I, r19) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(26, 2, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(33, 2, 1)), \+ active(I, block3_pool, cell(39, 2, 1)).
class(I, shirt) :- fired(I, r19).
% r20  support=58 confidence=0.6897  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & block3_pool#cell(26, 2, 1) & ~block3_pool#cell(33, 2, 1) & block3_pool#cell(39, 2, 1) -> pullover
fired(I, r20) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(26, 2, 1)), active(I, block3_pool, cell(39, 2, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(33, 2, 1)).
class(I, pullover) :- fired(I, r20).
% r21  support=83 confidence=1.0000  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & block3_pool#cell(33, 2, 1) & ~block3_pool#cell(38, 0, 0) -> pullover
fired(I, r21) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(33, 2, 1)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(38, 0, 0)).
class(I, pullover) :- fired(I, r21).
% r22  support=5 confidence=0.6000  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & block3_pool#cell(33, 2, 1) & block3_pool#cell(38, 0, 0) & ~block3_pool#cell(63, 2, 2) -> shirt
fired(I, r22) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(33, 2, 1)), active(I, block3_pool, cell(38, 0, 0)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)), \+ active(I, block3_pool, cell(63, 2, 2)).
class(I, shirt) :- fired(I, r22).
% r23  support=56 confidence=0.9286  block3_pool#cell(6, 2, 1) & ~block3_pool#cell(8, 1, 1) & block3_pool#cell(19, 0, 1) & block3_pool#cell(33, 2, 1) & block3_pool#cell(38, 0, 0) & block3_pool#cell(63, 2, 2) -> pullover
fired(I, r23) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(19, 0, 1)), active(I, block3_pool, cell(33, 2, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(63, 2, 2)), image(I), \+ active(I, block3_pool, cell(8, 1, 1)).
class(I, pullover) :- fired(I, r23).
% r24  support=3913 confidence=0.9875  ~block3_pool#cell(2, 1, 2) & ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(34, 0, 2) & ~block3_pool#cell(38, 0, 0) & ~block3_pool#cell(40, 0, 1) -> t_shirt_top
fired(I, r24) :- active(I, block3_pool, cell(8, 1, 1)), image(I), \+ active(I, block3_pool, cell(2, 1, 2)), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(34, 0, 2)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(40, 0, 1)).
class(I, t_shirt_top) :- fired(I, r24).
% r25  support=3 confidence=1.0000  block3_pool#cell(2, 1, 2) & ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(34, 0, 2) & ~block3_pool#cell(38, 0, 0) & ~block3_pool#cell(40, 0, 1) -> pullover
fired(I, r25) :- active(I, block3_pool, cell(2, 1, 2)), active(I, block3_pool, cell(8, 1, 1)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(34, 0, 2)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(40, 0, 1)).
class(I, pullover) :- fired(I, r25).
% r26  support=199 confidence=0.8341  ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & block3_pool#cell(34, 0, 2) & ~block3_pool#cell(38, 0, 0) & ~block3_pool#cell(40, 0, 1) -> t_shirt_top
fired(I, r26) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(34, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(40, 0, 1)).
class(I, t_shirt_top) :- fired(I, r26).
% r27  support=30 confidence=0.7333  ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(38, 0, 0) & block3_pool#cell(40, 0, 1) & ~block3_pool#cell(43, 0, 2) & ~block3_pool#cell(46, 2, 2) -> t_shirt_top
fired(I, r27) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(40, 0, 1)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(43, 0, 2)), \+ active(I, block3_pool, cell(46, 2, 2)).
class(I, t_shirt_top) :- fired(I, r27).
% r28  support=54 confidence=0.7222  ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(38, 0, 0) & block3_pool#cell(40, 0, 1) & block3_pool#cell(43, 0, 2) & ~block3_pool#cell(46, 2, 2) -> shirt
fired(I, r28) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(40, 0, 1)), active(I, block3_pool, cell(43, 0, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(46, 2, 2)).
class(I, shirt) :- fired(I, r28).
% r29  support=168 confidence=0.9881  ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(38, 0, 0) & block3_pool#cell(40, 0, 1) & ~block3_pool#cell(41, 2, 0) & block3_pool#cell(46, 2, 2) -> t_shirt_top
fired(I, r29) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(40, 0, 1)), active(I, block3_pool, cell(46, 2, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(38, 0, 0)), \+ active(I, block3_pool, cell(41, 2, 0)).
class(I, t_shirt_top) :- fired(I, r29).
% r30  support=3 confidence=0.6667  ~block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(38, 0, 0) & block3_pool#cell(40, 0, 1) & block3_pool#cell(41, 2, 0) & block3_pool#cell(46, 2, 2) -> shirt
fired(I, r30) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(40, 0, 1)), active(I, block3_pool, cell(41, 2, 0)), active(I, block3_pool, cell(46, 2, 2)), image(I), \+ active(I, block3_pool, cell(6, 2, 1)), \+ active(I, block3_pool, cell(38, 0, 0)).
class(I, shirt) :- fired(I, r30).
% r31  support=30 confidence=0.8000  block3_pool#cell(6, 2, 1) & block3_pool#cell(8, 1, 1) & ~block3_pool#cell(38, 0, 0) -> pullover
fired(I, r31) :- active(I, block3_pool, cell(6, 2, 1)), active(I, block3_pool, cell(8, 1, 1)), image(I), \+ active(I, block3_pool, cell(38, 0, 0)).
class(I, pullover) :- fired(I, r31).
% r32  support=167 confidence=0.9820  block3_pool#cell(8, 1, 1) & block3_pool#cell(38, 0, 0) & ~block3_pool#cell(42, 1, 0) & ~block3_pool#cell(46, 2, 2) & ~block3_pool#cell(62, 1, 2) -> shirt
fired(I, r32) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(38, 0, 0)), image(I), \+ active(I, block3_pool, cell(42, 1, 0)), \+ active(I, block3_pool, cell(46, 2, 2)), \+ active(I, block3_pool, cell(62, 1, 2)).
class(I, shirt) :- fired(I, r32).
% r33  support=1 confidence=1.0000  block3_pool#cell(8, 1, 1) & block3_pool#cell(38, 0, 0) & block3_pool#cell(42, 1, 0) & ~block3_pool#cell(46, 2, 2) & ~block3_pool#cell(62, 1, 2) -> t_shirt_top
fired(I, r33) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(42, 1, 0)), image(I), \+ active(I, block3_pool, cell(46, 2, 2)), \+ active(I, block3_pool, cell(62, 1, 2)).
class(I, t_shirt_top) :- fired(I, r33).
% r34  support=5 confidence=0.6000  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 1, 0) & ~block3_pool#cell(29, 2, 2) & block3_pool#cell(38, 0, 0) & ~block3_pool#cell(46, 2, 2) & block3_pool#cell(62, 1, 2) -> shirt
fired(I, r34) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(62, 1, 2)), image(I), \+ active(I, block3_pool, cell(12, 1, 0)), \+ active(I, block3_pool, cell(29, 2, 2)), \+ active(I, block3_pool, cell(46, 2, 2)).
class(I, shirt) :- fired(I, r34).
% r35  support=5 confidence=1.0000  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(12, 1, 0) & block3_pool#cell(29, 2, 2) & block3_pool#cell(38, 0, 0) & ~block3_pool#cell(46, 2, 2) & block3_pool#cell(62, 1, 2) -> t_shirt_top
fired(I, r35) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(29, 2, 2)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(62, 1, 2)), image(I), \+ active(I, block3_pool, cell(12, 1, 0)), \+ active(I, block3_pool, cell(46, 2, 2)).
class(I, t_shirt_top) :- fired(I, r35).
% r36  support=2 confidence=1.0000  block3_pool#cell(8, 1, 1) & block3_pool#cell(12, 1, 0) & block3_pool#cell(38, 0, 0) & ~block3_pool#cell(46, 2, 2) & block3_pool#cell(62, 1, 2) -> shirt
fired(I, r36) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(12, 1, 0)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(62, 1, 2)), image(I), \+ active(I, block3_pool, cell(46, 2, 2)).
class(I, shirt) :- fired(I, r36).
% r37  support=8 confidence=0.8750  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(9, 0, 1) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & ~block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r37) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), image(I), \+ active(I, block3_pool, cell(9, 0, 1)), \+ active(I, block3_pool, cell(47, 2, 2)).
class(I, t_shirt_top) :- fired(I, r37).
% r38  support=10 confidence=0.6000  block3_pool#cell(8, 1, 1) & block3_pool#cell(9, 0, 1) & ~block3_pool#cell(27, 2, 0) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & ~block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r38) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(9, 0, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), image(I), \+ active(I, block3_pool, cell(27, 2, 0)), \+ active(I, block3_pool, cell(47, 2, 2)).
class(I, t_shirt_top) :- fired(I, r38).
% r39  support=9 confidence=0.8889  block3_pool#cell(8, 1, 1) & block3_pool#cell(9, 0, 1) & block3_pool#cell(27, 2, 0) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & ~block3_pool#cell(47, 2, 2) -> shirt
fired(I, r39) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(9, 0, 1)), active(I, block3_pool, cell(27, 2, 0)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), image(I), \+ active(I, block3_pool, cell(47, 2, 2)).
class(I, shirt) :- fired(I, r39).
% r40  support=3 confidence=1.0000  block3_pool#cell(8, 1, 1) & ~block3_pool#cell(8, 2, 1) & ~block3_pool#cell(12, 2, 2) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r40) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I), \+ active(I, block3_pool, cell(8, 2, 1)), \+ active(I, block3_pool, cell(12, 2, 2)).
class(I, t_shirt_top) :- fired(I, r40).
% r41  support=2 confidence=1.0000  block3_pool#cell(8, 1, 1) & block3_pool#cell(8, 2, 1) & ~block3_pool#cell(12, 2, 2) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & block3_pool#cell(47, 2, 2) -> shirt
fired(I, r41) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(8, 2, 1)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I), \+ active(I, block3_pool, cell(12, 2, 2)).
class(I, shirt) :- fired(I, r41).
% r42  support=56 confidence=0.9465  block3_pool#cell(8, 1, 1) & block3_pool#cell(12, 2, 2) & block3_pool#cell(38, 0, 0) & block3_pool#cell(46, 2, 2) & block3_pool#cell(47, 2, 2) -> t_shirt_top
fired(I, r42) :- active(I, block3_pool, cell(8, 1, 1)), active(I, block3_pool, cell(12, 2, 2)), active(I, block3_pool, cell(38, 0, 0)), active(I, block3_pool, cell(46, 2, 2)), active(I, block3_pool, cell(47, 2, 2)), image(I).
class(I, t_shirt_top) :- fired(I, r42).
